import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshBudgetMs } from "../../src/services/credentials.js";
import { inflightRefreshes } from "../../src/services/refresh-state.js";
import { connect, expireStored, resolveOn, serviceToken, until, type ResolveResult } from "../support/credentials.js";
import { PUBLIC_URL, startTestGateway, type TestGateway } from "../support/gateway.js";

// The refresh lease across app instances: set and judged by the database's clock, as long as the
// whole refresh budget, released and overwritten only by its owner; and a refresh's write never
// undoes a disconnect or a reconnect that landed while it was under way.
const UPSTREAM_TIMEOUT_MS = 25_000; // long: nothing here waits for it; it sizes the lease
const REFRESH_ROTATING_TIMEOUT_MS = 90_000;
let gw: TestGateway;
let service: string;
beforeAll(async () => {
  gw = await startTestGateway({ github: { mode: "github-app" }, env: { UPSTREAM_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS), REFRESH_ROTATING_TIMEOUT_MS: String(REFRESH_ROTATING_TIMEOUT_MS) } });
  service = await serviceToken(gw);
});
afterAll(() => gw.close());

type App = TestGateway["app"];
let accounts = 0;
async function expiredConnection(userId: string, provider: "GOOGLE" | "GITHUB") {
  if (provider === "GOOGLE") gw.google.account = { sub: `7${String(++accounts).padStart(20, "0")}`, email: `${userId}@example.com` };
  else gw.github.user = { id: 70_000 + ++accounts, login: `${userId}-gh` };
  const connection = await connect(gw, userId, provider === "GOOGLE" ? { provider, scopes: ["drive.readonly"] } : { provider });
  await expireStored(gw, connection.dbId, -15 * 60_000); // expired for skewed instances too
  return { ...connection, userId, provider };
}
const TOOL = { GOOGLE: "drive_list_files", GITHUB: "github_list_pull_requests" } as const;
const tokenPath = { GOOGLE: "/token", GITHUB: "/login/oauth/access_token" } as const;
const fake = (p: "GOOGLE" | "GITHUB") => (p === "GOOGLE" ? gw.google : gw.github);
const stored = (dbId: string) => gw.app.deps.db.integrationConnection.findUnique({ where: { id: dbId } });
const resolveFor = (app: App, c: { userId: string; id: string; provider: "GOOGLE" | "GITHUB" }) => resolveOn(app, service, { userId: c.userId, connectionId: c.id, tool: TOOL[c.provider] });
const holdRefresh = (p: "GOOGLE" | "GITHUB", phase: "request" | "response" = "request") => fake(p).server.holdNext((r) => r.path === tokenPath[p], phase);
const refreshes = () => gw.google.counters.refresh + gw.github.counters.refresh;

async function disconnect(userId: string, id: string) {
  const response = await gw.app.fetch(
    new Request(`${PUBLIC_URL}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await gw.tokenFor(userId)}` },
      body: JSON.stringify({ query: "mutation ($id: ID!) { disconnect(connectionId: $id) { disconnectedConnectionId } }", variables: { id } }),
    }),
  );
  return (await response.json()) as { data?: { disconnect: { disconnectedConnectionId: string } } | null; errors?: unknown[] };
}

describe("the refresh lease", () => {
  it.each(["GOOGLE", "GITHUB"] as const)("%s: is set by the database's clock and outlives the whole refresh budget, whatever the app's clock says", async (provider) => {
    const c = await expiredConnection(`budget-${provider}`, provider);
    const behind = gw.sibling({ clockSkewMs: -10 * 60_000 }); // this instance's clock is 10 minutes slow
    const held = holdRefresh(provider);
    const pending = resolveFor(behind, c);
    await held.reached;
    const row = await stored(c.dbId);
    const budget = refreshBudgetMs(gw.config, provider === "GITHUB");
    expect(budget).toBe(provider === "GITHUB" ? REFRESH_ROTATING_TIMEOUT_MS : 3 * UPSTREAM_TIMEOUT_MS + 300);
    const left = row!.refreshLeaseExpiresAt!.getTime() - Date.now(); // the database runs on this machine's clock
    expect(left).toBeGreaterThan(budget);
    expect(left).toBeLessThan(budget + 60_000);
    held.release();
    expect((await pending).errors).toBeUndefined();
    expect(await stored(c.dbId)).toMatchObject({ refreshLeaseOwner: null, refreshLeaseExpiresAt: null });
  });

  it("instances with skewed clocks agree whose lease is alive: one refresh", async () => {
    const c = await expiredConnection("skew", "GOOGLE");
    const slow = gw.sibling({ clockSkewMs: -10 * 60_000 });
    const fast = gw.sibling({ clockSkewMs: +10 * 60_000 });
    const before = gw.google.counters.refresh;
    const held = holdRefresh("GOOGLE");
    const first = resolveFor(slow, c); // takes the lease, held at Google
    await held.reached;
    const second = resolveFor(fast, c); // would see that lease as long expired by its own clock
    await until(() => inflightRefreshes(fast.deps.db).has(c.dbId), "the fast instance to ask for the lease");
    await new Promise((r) => setTimeout(r, 500)); // a few of its lease attempts
    held.release();
    const [a, b] = await Promise.all([first, second]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data!.resolveCredential.accessToken).toBe(a.data!.resolveCredential.accessToken);
    expect(gw.google.counters.refresh - before).toBe(1);
  });

  it("a stale holder's late write never clears or overwrites the new holder's lease", async () => {
    const c = await expiredConnection("stale", "GOOGLE");
    const sibling = gw.sibling();
    const before = gw.google.counters.refresh;
    const heldA = holdRefresh("GOOGLE");
    const a = resolveFor(gw.app, c);
    await heldA.reached;
    const ownerA = (await stored(c.dbId))!.refreshLeaseOwner;
    // A's lease runs out while it waits at Google; B takes the lease over and refreshes too.
    await gw.app.deps.db.integrationConnection.update({ where: { id: c.dbId }, data: { refreshLeaseExpiresAt: new Date(Date.now() - 1000) } });
    const heldB = holdRefresh("GOOGLE");
    const b = resolveFor(sibling, c);
    await heldB.reached;
    const ownerB = (await stored(c.dbId))!.refreshLeaseOwner;
    expect(ownerB).not.toBeNull();
    expect(ownerB).not.toBe(ownerA);
    const tokenBefore = (await stored(c.dbId))!.accessToken;

    // A's answer arrives first: A does not store it over B's lease, nor clear B's lease.
    heldA.release();
    await until(async () => gw.google.counters.refresh - before === 1 && (gw.logs.some((l) => l.includes("lease was taken over")) || (await stored(c.dbId))!.refreshLeaseOwner !== ownerB), "A's write attempt");
    const during = await stored(c.dbId);
    expect(during!.refreshLeaseOwner).toBe(ownerB);
    expect(during!.accessToken).toBe(tokenBefore);

    heldB.release();
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.errors).toBeUndefined();
    expect(rb.errors).toBeUndefined();
    const after = await stored(c.dbId);
    const token = await gw.app.deps.cipher.decrypt(after!.accessToken);
    expect(rb.data!.resolveCredential.accessToken).toBe(token);
    expect(ra.data!.resolveCredential.accessToken).toBe(token); // A waited for B's result
    expect(after).toMatchObject({ status: "ACTIVE", refreshLeaseOwner: null, refreshLeaseExpiresAt: null });
  });
});

describe("a refresh under way never undoes a disconnect or a reconnect", () => {
  it.each([
    ["GOOGLE", "request"], // Google handles the refresh after the disconnect revoked the grant
    ["GOOGLE", "response"], // Google refreshed before the disconnect; its answer arrives after
    ["GITHUB", "response"], // GitHub rotated before the disconnect; its answer arrives after
  ] as const)("%s, answer held at the %s: disconnect during the refresh: no masked error, the connection stays deleted", async (provider, phase) => {
    const c = await expiredConnection(`gone-${provider}`, provider);
    const held = holdRefresh(provider, phase);
    const pending = resolveFor(gw.app, c);
    await held.reached;
    const result = await disconnect(c.userId, c.id);
    expect(result.errors).toBeUndefined();
    expect(result.data!.disconnect.disconnectedConnectionId).toBe(c.id);
    held.release();
    const r: ResolveResult = await pending;
    expect(r.data).toBeNull();
    expect(r.errors![0]!.extensions!.code, JSON.stringify(r.errors)).toBe("NOT_FOUND");
    expect(await stored(c.dbId)).toBeNull();
    expect(gw.logs.filter((l) => l.includes('"level":50') && l.includes(c.dbId))).toEqual([]);
  });

  it.each(["GOOGLE", "GITHUB"] as const)("%s: reconnect during the refresh: the reconnect's newer tokens win", async (provider) => {
    const c = await expiredConnection(`again-${provider}`, provider);
    const before = refreshes();
    const held = holdRefresh(provider);
    const pending = resolveFor(gw.app, c);
    await held.reached;
    // The same account connects again meanwhile (same connection, new tokens).
    const again = await connect(gw, c.userId, provider === "GOOGLE" ? { provider, scopes: ["drive.readonly"] } : { provider });
    expect(again.id).toBe(c.id);
    const reconnected = (await stored(c.dbId))!;
    const reconnectToken = await gw.app.deps.cipher.decrypt(reconnected.accessToken);
    held.release();
    const r = await pending;
    expect(r.errors).toBeUndefined();
    expect(refreshes() - before).toBe(1);
    expect(r.data!.resolveCredential.accessToken).toBe(reconnectToken);
    const after = (await stored(c.dbId))!;
    expect(await gw.app.deps.cipher.decrypt(after.accessToken)).toBe(reconnectToken);
    expect(after.refreshToken).toBe(reconnected.refreshToken);
    expect(after).toMatchObject({ status: "ACTIVE", tokenVersion: reconnected.tokenVersion, refreshLeaseOwner: null });
  });
});
