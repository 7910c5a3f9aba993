import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The secrets a development run generates once and keeps under the data directory. */
const GENERATED = {
  AUTH_JWT_SECRET: () => randomBytes(32).toString("base64url"),
  OAUTH_STATE_SECRET: () => randomBytes(32).toString("base64url"),
  TOKEN_ENCRYPTION_KEYS: () => `k1:${randomBytes(32).toString("base64")}`,
  SERVICE_JWT_SECRET: () => randomBytes(32).toString("base64url"),
} as const;

/** The audience development service tokens carry (`npm run token -- --service …`), unless SERVICE_JWT_AUDIENCE is set. */
export const DEV_SERVICE_AUDIENCE = "integrations-gateway-services";

/**
 * Outside production, fills missing secrets from `<dataDir>/secrets.json`, creating it (mode 0600)
 * on first run, so `npm start` just works. Variables already set always win. Production: untouched,
 * so config validation names whatever is missing.
 */
export function withDevSecrets(env: Record<string, string | undefined>, dataDir = "data"): Record<string, string | undefined> {
  if (env.NODE_ENV === "production") return env;
  const file = path.join(dataDir, "secrets.json");
  const stored: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  let changed = false;
  for (const [name, make] of Object.entries(GENERATED)) {
    if (!stored[name]) {
      stored[name] = make();
      changed = true;
    }
  }
  if (changed) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2) + "\n", { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  const merged = { ...env };
  for (const name of Object.keys(GENERATED)) {
    if (name === "AUTH_JWT_SECRET" && env.AUTH_JWKS_URL) continue;
    if (name === "SERVICE_JWT_SECRET" && env.SERVICE_JWKS_URL) continue;
    if (!merged[name]) merged[name] = stored[name];
  }
  if (merged.SERVICE_JWT_SECRET === stored.SERVICE_JWT_SECRET && !merged.SERVICE_JWT_AUDIENCE) merged.SERVICE_JWT_AUDIENCE = DEV_SERVICE_AUDIENCE;
  return merged;
}
