import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

const complete = { AUTH_JWT_SECRET: "x".repeat(32), TOKEN_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`, OAUTH_STATE_SECRET: "y".repeat(32) };

describe("limit configuration", () => {
  it("has the documented defaults", () => {
    expect(loadConfig(complete).limits).toEqual({
      maxBodyBytes: 65_536,
      graphql: { maxTokens: 1000, maxDepth: 10, maxAliases: 15, maxDirectives: 50, maxCost: 5000 },
      upstreamCallsPerRequest: 50,
      rateLimit: { upstreamCalls: 300, windowSeconds: 60, redisUrl: undefined },
      introspection: true,
      suggestions: true,
      graphiql: true,
    });
  });

  it("turns introspection, suggestions and GraphiQL off in production unless switched on, one by one", () => {
    const production = { ...complete, NODE_ENV: "production", PUBLIC_URL: "https://gateway.example.com" };
    expect(loadConfig(production).limits).toMatchObject({ introspection: false, suggestions: false, graphiql: false });
    expect(loadConfig({ ...production, GRAPHIQL: "true", GRAPHQL_INTROSPECTION: "1" }).limits).toMatchObject({ introspection: true, suggestions: false, graphiql: true });
    expect(loadConfig({ ...complete, GRAPHQL_SUGGESTIONS: "false" }).limits.suggestions).toBe(false);
  });

  it("refuses values that are not numbers, flags or Redis URLs, naming the variable", () => {
    const problems = (() => {
      try {
        loadConfig({ ...complete, GRAPHQL_MAX_DEPTH: "deep", GRAPHIQL: "yes", REDIS_URL: "http://127.0.0.1:6379", UPSTREAM_CALLS_PER_REQUEST: "0" });
      } catch (error) {
        if (error instanceof ConfigError) return error.problems.join("\n");
      }
      return "";
    })();
    for (const name of ["GRAPHQL_MAX_DEPTH", "GRAPHIQL", "REDIS_URL", "UPSTREAM_CALLS_PER_REQUEST"]) expect(problems).toContain(name);
    expect(loadConfig({ ...complete, REDIS_URL: "redis://127.0.0.1:6379" }).limits.rateLimit.redisUrl).toBe("redis://127.0.0.1:6379");
  });
});
