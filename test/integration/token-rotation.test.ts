import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, expectNoIssuedTokenInLogs, expireStored, resolveOn, serviceToken, until } from "../support/credentials.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

// GitHub App user tokens: 8 h access tokens, refresh tokens that rotate on every use and are
// refused when replayed (the fake enforces it).
// Short, so that the slow-answer case stays quick; rotating refreshes keep their own 60 s deadline.
const UPSTREAM_TIMEOUT_MS = 1_000;
let gw: TestGateway;
let service: string;
beforeAll(async () => {
  gw = await startTestGateway({ github: { mode: "github-app" }, env: { UPSTREAM_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS) } });
  service = await serviceToken(gw);
});
afterAll(() => gw.close());

let users = 0;
async function expiredGithubConnection(userId: string) {
  const githubId = 9000 + ++users;
  gw.github.user = { id: githubId, login: `${userId}-gh` };
  const connection = await connect(gw, userId, { provider: "GITHUB" });
  await expireStored(gw, connection.dbId);
  return { ...connection, githubId, userId };
}

const stored = (dbId: string) => gw.app.deps.db.integrationConnection.findUniqueOrThrow({ where: { id: dbId } });
const plain = async (dbId: string) => {
  const row = await stored(dbId);
  return { row, access: await gw.app.deps.cipher.decrypt(row.accessToken), refresh: await gw.app.deps.cipher.decrypt(row.refreshToken!) };
};
const resolveFor = (app: typeof gw.app, c: { userId: string; id: string }) => resolveOn(app, service, { userId: c.userId, connectionId: c.id, tool: "github_list_pull_requests" });

describe("rotating refresh tokens (GitHub App)", () => {
  it("stores the rotated pair before handing out the new token; the old pair is dead upstream", async () => {
    const c = await expiredGithubConnection("rita");
    const old = await plain(c.dbId);
    const before = gw.github.counters.refresh;

    const r = await resolveFor(gw.app, c);
    expect(r.errors).toBeUndefined();
    const now = await plain(c.dbId);
    expect(r.data!.resolveCredential.accessToken).toBe(now.access);
    expect(now.access).toMatch(/^ghu_/);
    expect(now.refresh).not.toBe(old.refresh);
    expect(gw.github.refreshTokens.get(old.refresh)!.used).toBe(true);
    expect(gw.github.refreshTokens.get(now.refresh)!.used).toBe(false);
    expect(gw.github.tokens.get(old.access)!.revoked).toBe(true);
    expect(gw.github.counters.refresh - before).toBe(1);
    // GitHub App tokens carry no scopes: repo is not asked of them.
    expect(r.data!.resolveCredential.scopes).toEqual([]);
  });

  it("a rotating refresh slower than UPSTREAM_TIMEOUT_MS is awaited, not replayed: ACTIVE with the rotated pair", async () => {
    const c = await expiredGithubConnection("slow");
    const old = await plain(c.dbId);
    const before = { ...gw.github.counters };
    // GitHub rotates at once but answers after the ordinary upstream timeout.
    gw.github.answerNextRefresh({ delayMs: UPSTREAM_TIMEOUT_MS + 500 });

    // A second instance asking meanwhile waits for the lease instead of sending the token again.
    const first = resolveFor(gw.app, c);
    await until(() => gw.github.refreshTokens.get(old.refresh)!.used, "GitHub to rotate");
    const second = resolveFor(gw.sibling(), c);
    const [a, b] = await Promise.all([first, second]);

    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const now = await plain(c.dbId);
    expect(now.row).toMatchObject({ status: "ACTIVE", statusReason: null, refreshSentAt: null, refreshLeaseOwner: null });
    expect(a.data!.resolveCredential.accessToken).toBe(now.access);
    expect(b.data!.resolveCredential.accessToken).toBe(now.access);
    expect(gw.github.tokens.get(now.access)!.revoked).toBe(false);
    expect(gw.github.refreshTokens.get(now.refresh)!.used).toBe(false);
    // The old refresh token was presented once: no replay.
    expect(gw.github.refreshTokens.get(old.refresh)!.uses).toBe(1);
    expect(gw.github.counters.refresh - before.refresh).toBe(1);
    expect(gw.github.counters.refreshReplayed - before.refreshReplayed).toBe(0);
  });

  it("a rotating refresh whose answer is lost is not replayed: NEEDS_REAUTH (REFRESH_LOST), and re-authorizing keeps the connection", async () => {
    const c = await expiredGithubConnection("lost");
    const old = await plain(c.dbId);
    const before = { ...gw.github.counters };
    gw.github.answerNextRefresh("drop"); // GitHub rotated, then the connection dropped

    const r = await resolveFor(gw.app, c);
    expect(r.data).toBeNull();
    expect(r.errors![0]!.extensions).toMatchObject({ code: "RECONNECT_REQUIRED", reason: "REFRESH_LOST", connectionId: c.id, provider: "github" });
    expect(r.errors![0]!.extensions!.reauthorizationUrl).toMatch(/\/v1\/integrations\/github\/authorize\?intent=/);
    expect(await stored(c.dbId)).toMatchObject({ status: "NEEDS_REAUTH", statusReason: "REFRESH_LOST" });
    expect(gw.github.refreshTokens.get(old.refresh)!.uses).toBe(1);
    expect(gw.github.counters.refreshReplayed - before.refreshReplayed).toBe(0);
    // Later calls do not send it again either.
    expect((await resolveFor(gw.sibling(), c)).errors![0]!.extensions).toMatchObject({ code: "RECONNECT_REQUIRED", reason: "REFRESH_LOST" });
    expect(gw.github.counters.refresh - before.refresh).toBe(1);

    // Re-authorizing the same GitHub account brings the same connection back.
    const again = await connect(gw, c.userId, { provider: "GITHUB", connectionId: c.id });
    expect(again.id).toBe(c.id);
    expect(await stored(c.dbId)).toMatchObject({ status: "ACTIVE", statusReason: null });
    const ok = await resolveFor(gw.app, c);
    expect(ok.errors).toBeUndefined();
  });

  it("a holder whose lease ran out mid-rotation: the next holder never replays its token, and the late answer is still stored", async () => {
    const c = await expiredGithubConnection("stalled");
    const old = await plain(c.dbId);
    const before = { ...gw.github.counters };
    const sent = () => gw.github.server.count("POST", "/login/oauth/access_token");
    const sentBefore = sent();
    // Instance A sends the refresh token; GitHub has not handled it yet...
    const held = gw.github.server.holdNext((r) => r.path === "/login/oauth/access_token");
    const slow = resolveFor(gw.app, c);
    await held.reached;
    // ...and A's lease runs out (A stalled: time passes at the database).
    await gw.app.deps.db.integrationConnection.update({ where: { id: c.dbId }, data: { refreshLeaseExpiresAt: new Date(Date.now() - 60_000) } });

    // Instance B takes the lease over, finds A's refresh out and unanswered: it does not send it again.
    const taker = await resolveFor(gw.sibling(), c);
    expect(taker.errors![0]!.extensions).toMatchObject({ code: "RECONNECT_REQUIRED", reason: "REFRESH_LOST" });
    expect(sent() - sentBefore).toBe(1); // A's request only

    // A's answer arrives after all: the only working pair, stored.
    held.release();
    const late = await slow;
    expect(late.errors).toBeUndefined();
    const now = await plain(c.dbId);
    expect(late.data!.resolveCredential.accessToken).toBe(now.access);
    expect(now.row).toMatchObject({ status: "ACTIVE", statusReason: null, refreshSentAt: null });
    expect(gw.github.refreshTokens.get(old.refresh)!.uses).toBe(1);
    expect(gw.github.counters.refreshReplayed - before.refreshReplayed).toBe(0);
    expect(gw.github.tokens.get(now.access)!.revoked).toBe(false);
  });

  it("a 5xx from GitHub is not retried with the same token in the call; the connection stays ACTIVE and backs off", async () => {
    const c = await expiredGithubConnection("blip");
    const before = gw.github.counters.refresh;
    gw.github.server.failNext((r) => r.path === "/login/oauth/access_token", { status: 502, body: "Bad Gateway" });
    const r = await resolveFor(gw.app, c);
    expect(r.errors![0]!.extensions).toMatchObject({ code: "UPSTREAM_UNAVAILABLE", provider: "github", retryAfter: 5 });
    expect(gw.github.counters.refresh - before).toBe(0); // answered before GitHub handled it
    expect(gw.github.server.count("POST", "/login/oauth/access_token")).toBeGreaterThan(0);
    expect(await stored(c.dbId)).toMatchObject({ status: "ACTIVE", statusReason: null, refreshSentAt: null });
    gw.clock.advance(5_001);
    expect((await resolveFor(gw.app, c)).errors).toBeUndefined();
    expect(gw.github.counters.refresh - before).toBe(1);
  });

  it("a refresh token GitHub no longer accepts marks the connection NEEDS_REAUTH (REVOKED)", async () => {
    const c = await expiredGithubConnection("tom");
    gw.github.revokeAll(c.githubId);
    const r = await resolveFor(gw.app, c);
    expect(r.errors![0]!.extensions).toMatchObject({ code: "RECONNECT_REQUIRED", reason: "REVOKED" });
    expect(await stored(c.dbId)).toMatchObject({ status: "NEEDS_REAUTH", statusReason: "REVOKED" });
  });

  it("an expired refresh token marks the connection NEEDS_REAUTH (EXPIRED) without asking GitHub", async () => {
    const c = await expiredGithubConnection("uma");
    await gw.app.deps.db.integrationConnection.update({ where: { id: c.dbId }, data: { refreshTokenExpiresAt: new Date(gw.clock.now().getTime() - 1000) } });
    const calls = gw.github.server.count("POST", "/login/oauth/access_token");
    const r = await resolveFor(gw.app, c);
    expect(r.errors![0]!.extensions).toMatchObject({ code: "RECONNECT_REQUIRED", reason: "EXPIRED" });
    expect(gw.github.server.count("POST", "/login/oauth/access_token")).toBe(calls);
    expect(await stored(c.dbId)).toMatchObject({ status: "NEEDS_REAUTH", statusReason: "EXPIRED" });
  });
});

describe("logs", () => {
  it("never contain a token, whatever happened above", () => expectNoIssuedTokenInLogs(gw));
});
