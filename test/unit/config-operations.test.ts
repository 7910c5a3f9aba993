import { describe, expect, it } from "vitest";
import { ConfigError, CORS_DEV_ORIGINS, loadConfig } from "../../src/config.js";

/** CORS_ORIGINS, SHUTDOWN_TIMEOUT_MS, METRICS, METRICS_TOKEN. */
const complete = { AUTH_JWT_SECRET: "x".repeat(32), TOKEN_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`, OAUTH_STATE_SECRET: "y".repeat(32) };
const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig({ ...complete, ...env });
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};

describe("operations settings", () => {
  it("default CORS: return origins plus dev servers outside production, return origins only in production", () => {
    const dev = loadConfig({ ...complete, ALLOWED_RETURN_ORIGINS: "https://app.example.com" });
    expect(dev.corsOrigins).toEqual(["https://app.example.com", ...CORS_DEV_ORIGINS]);
    expect(dev.corsOrigins).toContain("http://localhost:5173");
    const prod = loadConfig({ ...complete, NODE_ENV: "production", PUBLIC_URL: "https://gateway.example.com", ALLOWED_RETURN_ORIGINS: "https://app.example.com" });
    expect(prod.corsOrigins).toEqual(["https://app.example.com"]);
    expect(loadConfig({ ...complete, CORS_ORIGINS: "none" }).corsOrigins).toEqual([]);
    expect(loadConfig({ ...complete, CORS_ORIGINS: "https://a.example, http://localhost:5173/" }).corsOrigins).toEqual(["https://a.example", "http://localhost:5173"]);
  });

  it("names bad values", () => {
    expect(problemsOf({ CORS_ORIGINS: "localhost:5173,https://a.example/path" })).toEqual([
      'CORS_ORIGINS: "localhost:5173" is not an origin (scheme://host[:port])',
      'CORS_ORIGINS: "https://a.example/path" is not an origin (scheme://host[:port])',
    ]);
    expect(problemsOf({ METRICS_TOKEN: "short" })).toEqual(["METRICS_TOKEN must be at least 16 characters"]);
    expect(problemsOf({ SHUTDOWN_TIMEOUT_MS: "-1" })[0]).toMatch(/^SHUTDOWN_TIMEOUT_MS/);
    expect(problemsOf({ METRICS: "maybe" })[0]).toMatch(/^METRICS/);
  });

  it("metrics: on outside production; in production off unless a token protects them or METRICS=on says so", () => {
    expect(loadConfig(complete).metrics).toEqual({ enabled: true, token: undefined });
    expect(loadConfig({ ...complete, NODE_ENV: "production", PUBLIC_URL: "https://gateway.example.com" }).metrics.enabled).toBe(false);
    expect(loadConfig({ ...complete, NODE_ENV: "production", PUBLIC_URL: "https://gateway.example.com", METRICS_TOKEN: "t".repeat(16) }).metrics).toEqual({ enabled: true, token: "t".repeat(16) });
    expect(loadConfig({ ...complete, NODE_ENV: "production", PUBLIC_URL: "https://gateway.example.com", METRICS: "on" }).metrics.enabled).toBe(true);
    expect(loadConfig({ ...complete, METRICS: "off", METRICS_TOKEN: "t".repeat(16) }).metrics.enabled).toBe(false);
    expect(loadConfig(complete).shutdownTimeoutMs).toBe(10_000);
  });
});
