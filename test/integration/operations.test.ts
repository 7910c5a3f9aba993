import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, expireStored, resolveOn, serviceToken } from "../support/credentials.js";
import { PUBLIC_URL, startTestGateway, type TestGateway } from "../support/gateway.js";

/** /metrics, request ids in responses and logs: what an operator sees. */
let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());

async function post(query: string, options: { token?: string; headers?: Record<string, string>; variables?: Record<string, unknown> } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json", ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return gw.app.fetch(new Request(`${PUBLIC_URL}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables: options.variables }) }));
}

/** The value of one sample line of the Prometheus text (labels given in the order printed). */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split("\n").find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1));
}

describe("/metrics", () => {
  it("counts GraphQL operations by name and outcome, upstream calls, refreshes, rate limits and connections", async () => {
    const alice = await connect(gw, "alice", { provider: "GOOGLE", scopes: ["drive.readonly"] });
    await connect(gw, "alice", { provider: "GITHUB", scopes: ["repo"] });
    expect((await post("query Providers { integrationProviders { id } }")).status).toBe(200);
    await post("query Providers { integrationProviders { id } }");
    await post("query Mine { connections { id } }"); // no token
    await post("query { nope }");

    // Five concurrent resolutions of an expired token: one refresh, four callers share it.
    await expireStored(gw, alice.dbId);
    const service = await serviceToken(gw);
    const results = await Promise.all(Array.from({ length: 5 }, () => resolveOn(gw.app, service, { userId: "alice", connectionId: alice.id, tool: "drive_list_files" })));
    expect(results.every((r) => !r.errors)).toBe(true);

    const response = await gw.app.fetch(new Request(`${PUBLIC_URL}/metrics`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain("# TYPE gateway_graphql_operation_duration_seconds histogram");
    expect(sample(text, "gateway_graphql_operation_duration_seconds_count", { operation: "Providers", type: "query", outcome: "ok" })).toBe(2);
    expect(sample(text, "gateway_graphql_operation_duration_seconds_count", { operation: "Mine", type: "query", outcome: "UNAUTHENTICATED" })).toBe(1);
    expect(sample(text, "gateway_graphql_operation_duration_seconds_count", { operation: "anonymous", outcome: "GRAPHQL_VALIDATION_FAILED" })).toBe(1);
    expect(sample(text, "gateway_graphql_operation_duration_seconds_bucket", { operation: "Providers", le: "+Inf" })).toBe(2);

    // Upstream: the code exchanges (token), identities (userinfo) and the refresh, by provider.
    expect(sample(text, "gateway_upstream_request_duration_seconds_count", { provider: "google", endpoint: "token", status: "200" })).toBe(2);
    expect(sample(text, "gateway_upstream_request_duration_seconds_count", { provider: "google", endpoint: "userinfo", status: "200" })).toBe(1);
    expect(sample(text, "gateway_upstream_request_duration_seconds_count", { provider: "github", endpoint: "token", status: "200" })).toBe(1);
    expect(sample(text, "gateway_upstream_request_duration_seconds_count", { provider: "github", endpoint: "userinfo", status: "200" })).toBe(1);

    expect(sample(text, "gateway_token_refreshes_total", { provider: "google", outcome: "done" })).toBe(1);
    expect(sample(text, "gateway_token_refreshes_total", { provider: "google", outcome: "shared", cause: "in_process" })).toBe(4);
    expect(sample(text, "gateway_upstream_rate_limit_remaining", { provider: "github" })).toBe(gw.github.rateLimit.remaining);
    expect(sample(text, "gateway_connections", { provider: "google", status: "ACTIVE" })).toBe(1);
    expect(sample(text, "gateway_connections", { provider: "github", status: "ACTIVE" })).toBe(1);
  });

  it("counts failed refreshes by cause", async () => {
    const bob = await connect(gw, "bob", { provider: "GOOGLE", scopes: ["drive.readonly"] });
    await expireStored(gw, bob.dbId);
    for (const token of gw.google.refreshTokens.values()) token.revoked = true;
    const result = await resolveOn(gw.app, await serviceToken(gw), { userId: "bob", connectionId: bob.id, tool: "drive_list_files" });
    expect(result.errors![0]!.extensions!.code).toBe("RECONNECT_REQUIRED");
    const text = await (await gw.app.fetch(new Request(`${PUBLIC_URL}/metrics`))).text();
    expect(sample(text, "gateway_token_refreshes_total", { provider: "google", outcome: "failed", cause: "RECONNECT_REQUIRED" })).toBe(1);
    expect(sample(text, "gateway_connections", { provider: "google", status: "NEEDS_REAUTH" })).toBe(1);
  });

  it("keeps client-chosen operation names from growing the registry", async () => {
    for (let i = 0; i < 250; i++) await post(`query Flood${i} { integrationProviders { id } }`);
    const text = await (await gw.app.fetch(new Request(`${PUBLIC_URL}/metrics`))).text();
    const names = new Set([...text.matchAll(/gateway_graphql_operation_duration_seconds_count\{operation="([^"]+)"/g)].map((m) => m[1]));
    expect(names.size).toBeLessThanOrEqual(202); // 200 names, "anonymous", "other"
    expect(names).toContain("other");
  });
});

describe("/metrics in production", () => {
  it("is off unless METRICS_TOKEN is set; then it wants that bearer token", async () => {
    const off = await startTestGateway({ env: { NODE_ENV: "production", PUBLIC_URL: "https://gateway.example.com" } });
    const on = await startTestGateway({ env: { NODE_ENV: "production", PUBLIC_URL: "https://gateway.example.com", METRICS_TOKEN: "metrics-token-0123456789" } });
    try {
      expect((await off.app.fetch(new Request(`${PUBLIC_URL}/metrics`))).status).toBe(404);
      expect((await on.app.fetch(new Request(`${PUBLIC_URL}/metrics`))).status).toBe(401);
      expect((await on.app.fetch(new Request(`${PUBLIC_URL}/metrics`, { headers: { authorization: "Bearer metrics-token-01234567xx" } }))).status).toBe(401);
      const ok = await on.app.fetch(new Request(`${PUBLIC_URL}/metrics`, { headers: { authorization: "Bearer metrics-token-0123456789" } }));
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain("gateway_connections");
    } finally {
      await off.close();
      await on.close();
    }
  });
});

describe("request ids", () => {
  it("keeps a sane x-request-id, returns it, and puts it with the operation name on every log line of the request", async () => {
    const carol = await connect(gw, "carol", { provider: "GOOGLE", scopes: ["drive.readonly"] });
    await expireStored(gw, carol.dbId);
    const service = await serviceToken(gw);
    const before = gw.logs.length;
    const response = await post(`query Resolve($c: ID!) { resolveCredential(userId: "carol", connectionId: $c, tool: "drive_list_files") { tokenType } }`, {
      token: service,
      variables: { c: carol.id },
      headers: { "x-request-id": "req-7f3a.42" },
    });
    expect(response.headers.get("x-request-id")).toBe("req-7f3a.42");
    expect((await response.json()).errors).toBeUndefined();
    const lines = gw.logs.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(["access token refreshed", "request"]));
    for (const line of lines) expect(line).toMatchObject({ requestId: "req-7f3a.42", operation: "Resolve" });
  });

  it("generates one when the client sends none or a strange one, for REST and GraphQL alike", async () => {
    for (const sent of [undefined, "has spaces", "x".repeat(200), "<script>"]) {
      const response = await gw.app.fetch(new Request(`${PUBLIC_URL}/healthz`, { headers: sent ? { "x-request-id": sent } : {} }));
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
    // A redirect (immutable headers) carries it too.
    const redirect = await gw.app.fetch(new Request(`${PUBLIC_URL}/v1/integrations/google/authorize?intent=bad`));
    expect(redirect.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
