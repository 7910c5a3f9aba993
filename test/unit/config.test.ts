import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { withDevSecrets } from "../../src/dev-secrets.js";

const key = Buffer.alloc(32, 7).toString("base64");
const complete = {
  AUTH_JWT_SECRET: "x".repeat(32),
  TOKEN_ENCRYPTION_KEYS: `k1:${key}`,
  OAUTH_STATE_SECRET: "y".repeat(32),
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("has working defaults: port 4000, SQLite under ./data, the real provider URLs", () => {
    const config = loadConfig(complete);
    expect(config.port).toBe(4000);
    expect(config.publicUrl).toBe("http://localhost:4000");
    expect(config.databaseUrl).toBe("file:./data/gateway.db");
    expect(config.allowedReturnOrigins).toEqual(["http://localhost:4000"]);
    expect(config.google).toBeNull();
    expect(config.github).toBeNull();
    expect(config.supabase.apiBaseUrl).toBe("https://api.supabase.com");
  });

  it("switches a provider on by its credentials, with real endpoints by default", () => {
    const config = loadConfig({ ...complete, GOOGLE_CLIENT_ID: "id", GOOGLE_CLIENT_SECRET: "secret" });
    expect(config.google).toMatchObject({ tokenUrl: "https://oauth2.googleapis.com/token", issuer: "https://accounts.google.com", apiBaseUrl: "https://www.googleapis.com" });
  });

  it("in production, a missing secret stops the start and names every variable", () => {
    const problems = problemsOf({ NODE_ENV: "production" });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("AUTH_JWT_SECRET (or AUTH_JWKS_URL) is required in production"),
        expect.stringContaining("TOKEN_ENCRYPTION_KEYS is required"),
        expect.stringContaining("OAUTH_STATE_SECRET is required"),
      ]),
    );
  });

  it("in production, a missing or non-https PUBLIC_URL stops the start (redirects and the Secure cookie come from it)", () => {
    const prod = { ...complete, NODE_ENV: "production" };
    expect(problemsOf(prod)).toEqual([expect.stringContaining("PUBLIC_URL is required in production")]);
    expect(problemsOf({ ...prod, PUBLIC_URL: "http://gateway.example.com" })).toEqual([expect.stringContaining("PUBLIC_URL must be an https URL in production")]);
    expect(loadConfig({ ...prod, PUBLIC_URL: "https://gateway.example.com/" }).publicUrl).toBe("https://gateway.example.com");
    // Outside production the local default stays.
    expect(loadConfig(complete).publicUrl).toBe("http://localhost:4000");
  });

  it("lists every problem at once", () => {
    const problems = problemsOf({
      ...complete,
      PORT: "not-a-port",
      GOOGLE_TOKEN_URL: "nope",
      GITHUB_CLIENT_ID: "only-the-id",
    });
    expect(problems.some((p) => p.startsWith("PORT"))).toBe(true);
    expect(problems.some((p) => p.startsWith("GOOGLE_TOKEN_URL"))).toBe(true);
    const second = problemsOf({ ...complete, GITHUB_CLIENT_ID: "only-the-id", TOKEN_ENCRYPTION_KEYS: "k1:c2hvcnQ=", ALLOWED_RETURN_ORIGINS: "https://ok.example,https://bad.example/path" });
    expect(second).toEqual(
      expect.arrayContaining([
        expect.stringContaining("GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET must be set together"),
        expect.stringContaining('key "k1" must be 32 bytes'),
        expect.stringContaining('"https://bad.example/path" is not an origin'),
      ]),
    );
  });

  it("outside production, generates missing secrets once under ./data and reuses them", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gw-secrets-"));
    const first = withDevSecrets({}, dir);
    const second = withDevSecrets({}, dir);
    expect(first.AUTH_JWT_SECRET).toBe(second.AUTH_JWT_SECRET);
    expect(first.TOKEN_ENCRYPTION_KEYS).toBe(second.TOKEN_ENCRYPTION_KEYS);
    expect(() => loadConfig(first)).not.toThrow();
    const file = path.join(dir, "secrets.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, "utf8")).OAUTH_STATE_SECRET).toBe(first.OAUTH_STATE_SECRET);
    // Variables already set win; production never gets generated secrets.
    expect(withDevSecrets({ AUTH_JWT_SECRET: "mine".repeat(8) }, dir).AUTH_JWT_SECRET).toBe("mine".repeat(8));
    expect(withDevSecrets({ NODE_ENV: "production" }, dir).AUTH_JWT_SECRET).toBeUndefined();
  });

  it("service tokens: verified only when configured, with their own required audience, never the user secret in production", () => {
    expect(loadConfig(complete).service).toBeNull();
    const service = { SERVICE_JWT_SECRET: "s".repeat(32), SERVICE_JWT_AUDIENCE: "gateway-services" };
    expect(loadConfig({ ...complete, ...service, SERVICE_JWT_ISSUER: "https://runners.example" }).service).toMatchObject({ audience: "gateway-services", issuer: "https://runners.example" });
    expect(problemsOf({ ...complete, SERVICE_JWT_SECRET: "s".repeat(32) })).toEqual([expect.stringContaining("SERVICE_JWT_AUDIENCE is required")]);
    expect(problemsOf({ ...complete, SERVICE_JWKS_URL: "https://idp.example/jwks.json" })).toEqual([expect.stringContaining("SERVICE_JWT_AUDIENCE is required")]);
    expect(problemsOf({ ...complete, ...service, SERVICE_JWT_SECRET: "short" })).toEqual([expect.stringContaining("at least 32 characters")]);
    expect(problemsOf({ ...complete, ...service, SERVICE_JWKS_URL: "https://idp.example/jwks.json" })).toEqual([expect.stringContaining("set one, not both")]);
    expect(problemsOf({ ...complete, ...service, AUTH_JWT_AUDIENCE: "gateway-services" })).toEqual([expect.stringContaining("must differ from AUTH_JWT_AUDIENCE")]);
    const same = { ...complete, ...service, SERVICE_JWT_SECRET: complete.AUTH_JWT_SECRET };
    expect(problemsOf({ ...same, NODE_ENV: "production" })).toContain("SERVICE_JWT_SECRET must differ from AUTH_JWT_SECRET");
    expect(problemsOf(same)).toEqual([]); // elsewhere the app warns at start (see service-auth.test.ts)
  });

  it("outside production, generates a service secret of its own and a development service audience", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gw-secrets-"));
    const env = withDevSecrets({}, dir);
    expect(env.SERVICE_JWT_SECRET).toBeTruthy();
    expect(env.SERVICE_JWT_SECRET).not.toBe(env.AUTH_JWT_SECRET);
    expect(JSON.parse(readFileSync(path.join(dir, "secrets.json"), "utf8")).SERVICE_JWT_SECRET).toBe(env.SERVICE_JWT_SECRET);
    expect(loadConfig(env).service).toMatchObject({ audience: "integrations-gateway-services" });
    expect(withDevSecrets({ SERVICE_JWT_AUDIENCE: "mine" }, dir).SERVICE_JWT_AUDIENCE).toBe("mine");
    // With a JWKS for services nothing is generated, and the audience stays the operator's to set.
    const jwks = withDevSecrets({ SERVICE_JWKS_URL: "https://idp.example/jwks.json" }, dir);
    expect(jwks.SERVICE_JWT_SECRET).toBeUndefined();
    expect(jwks.SERVICE_JWT_AUDIENCE).toBeUndefined();
    expect(withDevSecrets({ NODE_ENV: "production" }, dir).SERVICE_JWT_SECRET).toBeUndefined();
  });
});
