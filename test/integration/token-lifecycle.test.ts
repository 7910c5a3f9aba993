import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { requestJson } from "../../src/providers/http.js";
import { withAccessToken } from "../../src/services/credentials.js";
import { inflightRefreshes } from "../../src/services/refresh-state.js";
import { connect, expectNoIssuedTokenInLogs, expireStored, resolveOn, serviceToken, until } from "../support/credentials.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

const Connections = graphql(`
  query LifecycleConnections { connections(provider: GOOGLE) { id status statusReason } }
`);

let gw: TestGateway;
let service: string;
beforeAll(async () => {
  // Requests held at the fake (staged races) must not run into the upstream timeout on a busy machine.
  gw = await startTestGateway({ env: { UPSTREAM_TIMEOUT_MS: "20000" } });
  service = await serviceToken(gw);
});
afterAll(() => gw.close());

let accounts = 0;
/** A fresh Google account for `userId`, connected with drive.readonly; its access token already expired for the gateway. */
async function expiredGoogleConnection(userId: string) {
  const sub = `5${String(++accounts).padStart(20, "0")}`;
  gw.google.account = { sub, email: `${userId}@example.com` };
  const connection = await connect(gw, userId, { provider: "GOOGLE", scopes: ["drive.readonly"] });
  await expireStored(gw, connection.dbId);
  return { ...connection, sub, userId };
}

const stored = (dbId: string) => gw.app.deps.db.integrationConnection.findUniqueOrThrow({ where: { id: dbId } });
const tokenCalls = () => gw.google.server.count("POST", "/token");
const resolveFor = (app: typeof gw.app, c: { userId: string; id: string }) => resolveOn(app, service, { userId: c.userId, connectionId: c.id, tool: "drive_list_files" });

describe("one refresh per connection, everywhere", () => {
  it("100 concurrent resolveCredential calls on an expired token: one refresh, one token for all", async () => {
    const c = await expiredGoogleConnection("hundred");
    const refreshBefore = await gw.app.deps.cipher.decrypt((await stored(c.dbId)).refreshToken!);
    const before = gw.google.counters.refresh;

    const results = await Promise.all(Array.from({ length: 100 }, () => resolveFor(gw.app, c)));

    expect(results.filter((r) => r.errors)).toEqual([]);
    const tokens = new Set(results.map((r) => r.data!.resolveCredential.accessToken));
    expect(tokens.size).toBe(1);
    expect(gw.google.counters.refresh - before).toBe(1);
    const [token] = [...tokens];
    expect(gw.google.accessTokens.get(token!)).toMatchObject({ revoked: false, sub: c.sub });
    const row = await stored(c.dbId);
    expect(await gw.app.deps.cipher.decrypt(row.accessToken)).toBe(token);
    // Google sends no refresh token on refresh: the stored one stays.
    expect(await gw.app.deps.cipher.decrypt(row.refreshToken!)).toBe(refreshBefore);
    expect(row).toMatchObject({ status: "ACTIVE", refreshLeaseOwner: null, refreshLeaseExpiresAt: null });
  });

  it("two app instances over one database resolving concurrently: one refresh", async () => {
    const c = await expiredGoogleConnection("twins");
    const sibling = gw.sibling();
    const before = gw.google.counters.refresh;
    const held = gw.google.server.holdNext((r) => r.path === "/token");

    // Instance A starts the refresh and is held at Google with the lease taken...
    const first = resolveFor(gw.app, c);
    await held.reached;
    // ...while 50 callers on instance B and 49 more on A arrive; B's refresh waits on the lease.
    const rest = [...Array.from({ length: 50 }, () => resolveFor(sibling, c)), ...Array.from({ length: 49 }, () => resolveFor(gw.app, c))];
    await until(() => inflightRefreshes(sibling.deps.db).has(c.dbId), "instance B to wait for the lease");
    held.release();
    const results = [await first, ...(await Promise.all(rest))];

    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(new Set(results.map((r) => r.data!.resolveCredential.accessToken)).size).toBe(1);
    expect(gw.google.counters.refresh - before).toBe(1);
  });
});

describe("refresh failures", () => {
  it("a revoked grant marks the connection NEEDS_REAUTH with its cause, after one attempt however many callers", async () => {
    const c = await expiredGoogleConnection("revoked");
    gw.google.revokeGrant(c.sub);
    const calls = tokenCalls();

    const results = await Promise.all(Array.from({ length: 20 }, () => resolveFor(gw.app, c)));
    for (const r of results) {
      expect(r.data).toBeNull();
      expect(r.errors![0]!.extensions).toMatchObject({ code: "RECONNECT_REQUIRED", reason: "REVOKED", connectionId: c.id, provider: "google" });
      expect(r.errors![0]!.extensions!.reauthorizationUrl).toMatch(/\/v1\/integrations\/google\/authorize\?intent=/);
    }
    expect(tokenCalls() - calls).toBe(1);
    const { data } = await gw.gql(Connections, {}, { as: "revoked" });
    expect(data!.connections).toEqual([{ id: c.id, status: "NEEDS_REAUTH", statusReason: "REVOKED" }]);

    // Later calls do not go upstream again.
    const again = await resolveFor(gw.app, c);
    expect(again.errors![0]!.extensions!.code).toBe("RECONNECT_REQUIRED");
    expect(tokenCalls() - calls).toBe(1);
  });

  it("a 5xx once is retried within the call; the connection stays ACTIVE", async () => {
    const c = await expiredGoogleConnection("blip");
    const calls = tokenCalls();
    gw.google.server.failNext((r) => r.path === "/token", { status: 503, body: { error: { code: 503, message: "The service is currently unavailable.", status: "UNAVAILABLE" } } });
    const r = await resolveFor(gw.app, c);
    expect(r.errors).toBeUndefined();
    expect(tokenCalls() - calls).toBe(2);
    expect(await stored(c.dbId)).toMatchObject({ status: "ACTIVE", statusReason: null });
  });

  it("an outage answers UPSTREAM_UNAVAILABLE with retryAfter, keeps the connection ACTIVE, and backs off", async () => {
    const c = await expiredGoogleConnection("outage");
    const calls = tokenCalls();
    gw.google.server.failNext((r) => r.path === "/token", "drop", 3);

    const r = await resolveFor(gw.app, c);
    expect(r.errors![0]!.extensions).toMatchObject({ code: "UPSTREAM_UNAVAILABLE", provider: "google", retryAfter: 5 });
    expect(tokenCalls() - calls).toBe(3); // three attempts in the call
    expect(await stored(c.dbId)).toMatchObject({ status: "ACTIVE", statusReason: null });

    // Backing off: the next caller does not reach Google until the pause is over.
    const during = await resolveFor(gw.app, c);
    expect(during.errors![0]!.extensions).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
    expect(tokenCalls() - calls).toBe(3);
    gw.clock.advance(5_001);
    const after = await resolveFor(gw.app, c);
    expect(after.errors).toBeUndefined();
    expect(tokenCalls() - calls).toBe(4);
    expect(await stored(c.dbId)).toMatchObject({ status: "ACTIVE", statusReason: null });
  });

  it("an outage while the token still works for a few minutes hands out the working token", async () => {
    const c = await expiredGoogleConnection("margin");
    const current = await gw.app.deps.cipher.decrypt((await stored(c.dbId)).accessToken);
    await expireStored(gw, c.dbId, 2 * 60_000); // inside the refresh margin, not expired
    gw.google.server.failNext((r) => r.path === "/token", { status: 500, body: "Internal Error" }, 3);
    const r = await resolveFor(gw.app, c);
    expect(r.errors).toBeUndefined();
    expect(r.data!.resolveCredential.accessToken).toBe(current);
    expect((await stored(c.dbId)).status).toBe("ACTIVE");
  });

  it("a refusal of the gateway itself (invalid_client) is UPSTREAM_ERROR and leaves the connection alone", async () => {
    const c = await expiredGoogleConnection("misconfigured");
    gw.google.server.failNext((r) => r.path === "/token", { status: 401, body: { error: "invalid_client", error_description: "Unauthorized" } });
    const r = await resolveFor(gw.app, c);
    expect(r.errors![0]!.extensions).toMatchObject({ code: "UPSTREAM_ERROR", provider: "google" });
    expect(await stored(c.dbId)).toMatchObject({ status: "ACTIVE", statusReason: null });
  });
});

describe("withAccessToken (what resource calls use)", () => {
  const userinfo = (token: string) => requestJson(gw.app.deps.http, "google", `${gw.google.url}/v1/userinfo`, { headers: { authorization: `Bearer ${token}` } });

  it("refreshes once when the upstream refuses a token the gateway thought valid, then retries", async () => {
    const c = await expiredGoogleConnection("early");
    await expireStored(gw, c.dbId, 30 * 60_000);
    gw.google.expireAccessTokens(); // Google ended it early
    const before = gw.google.counters.refresh;
    const { body } = await withAccessToken(gw.app.deps, await stored(c.dbId), userinfo);
    expect(body).toMatchObject({ sub: c.sub });
    expect(gw.google.counters.refresh - before).toBe(1);
  });

  it("marks the connection NEEDS_REAUTH when the grant is gone", async () => {
    const c = await expiredGoogleConnection("gone");
    await expireStored(gw, c.dbId, 30 * 60_000);
    gw.google.revokeGrant(c.sub);
    await expect(withAccessToken(gw.app.deps, await stored(c.dbId), userinfo)).rejects.toMatchObject({ code: "RECONNECT_REQUIRED", details: { reason: "REVOKED" } });
    expect(await stored(c.dbId)).toMatchObject({ status: "NEEDS_REAUTH", statusReason: "REVOKED" });
  });
});

describe("logs", () => {
  it("never contain a token, whatever happened above", () => expectNoIssuedTokenInLogs(gw));
});
