/**
 * Prints a development bearer token (HS256):
 *   `npm run token -- <userId> [--scope "a b"] [--ttl 86400]`   a user's, under AUTH_JWT_SECRET;
 *   `npm run token -- --service <name> [--ttl 3600]`            a service's (tool runner), under
 *     SERVICE_JWT_SECRET, with `aud` = SERVICE_JWT_AUDIENCE and `token_use: "service"`.
 * Secrets not in the environment come from ./data/secrets.json (generated on first use).
 */
import { SignJWT } from "jose";
import { SERVICE_TOKEN_USE } from "../auth/bearer.js";
import { loadConfig } from "../config.js";
import { withDevSecrets } from "../dev-secrets.js";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const serviceId = flag("service");
const userId = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};
if (!userId === !serviceId) fail('usage: npm run token -- <userId> [--scope "a b"] [--ttl seconds]\n       npm run token -- --service <name> [--ttl seconds]');
const config = loadConfig(withDevSecrets(process.env));

const sign = (claims: Record<string, unknown>, subject: string, ttl: number, keys: { issuer?: string; audience?: string }) => {
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject(subject).setIssuedAt().setExpirationTime(`${ttl}s`);
  if (keys.issuer) jwt = jwt.setIssuer(keys.issuer);
  if (keys.audience) jwt = jwt.setAudience(keys.audience);
  return jwt;
};

if (serviceId) {
  const service = config.service ?? fail("No service verification is configured (SERVICE_JWT_SECRET or SERVICE_JWKS_URL).");
  if (!service.jwtSecret) fail("SERVICE_JWKS_URL is set: service tokens come from your identity provider, not from this script.");
  const ttl = Number(flag("ttl") ?? 3_600);
  console.log(await sign({ token_use: SERVICE_TOKEN_USE }, serviceId, ttl, service).sign(service.jwtSecret!));
} else {
  if (!config.auth.jwtSecret) fail("AUTH_JWKS_URL is set: tokens come from your identity provider, not from this script.");
  const scope = flag("scope");
  console.log(await sign(scope ? { scope } : {}, userId!, Number(flag("ttl") ?? 86_400), config.auth).sign(config.auth.jwtSecret!));
}
