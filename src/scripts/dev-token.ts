/**
 * `npm run token -- <userId> [--scope "credentials:resolve"] [--ttl 3600]`: prints a development
 * bearer token (HS256 under AUTH_JWT_SECRET, or the generated one in ./data/secrets.json).
 */
import { SignJWT } from "jose";
import { loadConfig } from "../config.js";
import { withDevSecrets } from "../dev-secrets.js";

const args = process.argv.slice(2);
const userId = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!userId) {
  console.error('usage: npm run token -- <userId> [--scope "credentials:resolve"] [--ttl seconds]');
  process.exit(2);
}
const config = loadConfig(withDevSecrets(process.env));
if (!config.auth.jwtSecret) {
  console.error("AUTH_JWKS_URL is set: tokens come from your identity provider, not from this script.");
  process.exit(2);
}
let jwt = new SignJWT(flag("scope") ? { scope: flag("scope") } : {})
  .setProtectedHeader({ alg: "HS256" })
  .setSubject(userId)
  .setIssuedAt()
  .setExpirationTime(`${Number(flag("ttl") ?? 86_400)}s`);
if (config.auth.issuer) jwt = jwt.setIssuer(config.auth.issuer);
if (config.auth.audience) jwt = jwt.setAudience(config.auth.audience);
console.log(await jwt.sign(config.auth.jwtSecret));
