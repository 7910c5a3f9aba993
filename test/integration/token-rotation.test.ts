import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEASE_MS } from "../../src/services/credentials.js";
import { connect, expectNoIssuedTokenInLogs, expireStored, resolveOn, serviceToken, until } from "../support/credentials.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

// GitHub App user tokens: 8 h access tokens, refresh tokens that rotate on every use and are
// refused when replayed (the fake enforces it).
let gw: TestGateway;
let service: string;
beforeAll(async () => {
  gw = await startTestGateway({ github: { mode: "github-app" } });
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

  it("recovers from a rotation race: a refresh that outlived its lease loses to the new holder and adopts its result", async () => {
    const c = await expiredGithubConnection("sam");
    const sibling = gw.sibling();
    const old = await plain(c.dbId);
    const before = gw.github.counters.refresh;

    // Instance A takes the lease and sends the refresh token; GitHub is slow to answer it.
    const held = gw.github.server.holdNext((r) => r.path === "/login/oauth/access_token");
    const slow = resolveFor(gw.app, c);
    await held.reached;
    // A's lease runs out; instance B takes it and refreshes with the same (still unused) token.
    gw.clock.advance(LEASE_MS + 1_000);
    const fast = await resolveFor(sibling, c);
    expect(fast.errors).toBeUndefined();
    const rotated = await plain(c.dbId);
    expect(rotated.refresh).not.toBe(old.refresh);

    // Now GitHub handles A's request: a replayed refresh token, refused with bad_refresh_token.
    held.release();
    const late = await slow;
    expect(late.errors).toBeUndefined();
    expect(late.data!.resolveCredential.accessToken).toBe(fast.data!.resolveCredential.accessToken);
    expect(gw.github.counters.refresh - before).toBe(2); // one rotation, one refused replay

    const after = await plain(c.dbId);
    expect(after.row).toMatchObject({ status: "ACTIVE", statusReason: null });
    expect(after.refresh).toBe(rotated.refresh);
    expect(gw.github.refreshTokens.get(after.refresh)!.used).toBe(false);
    expect(gw.github.tokens.get(after.access)!.revoked).toBe(false);
    // And the stored pair keeps working: the next refresh succeeds.
    await expireStored(gw, c.dbId);
    expect((await resolveFor(gw.app, c)).errors).toBeUndefined();
  });

  it("recovers when the first refresh won at GitHub but its answer came late: the taker-over waits for it instead of giving up", async () => {
    const c = await expiredGithubConnection("sue");
    const sibling = gw.sibling();
    const before = gw.github.counters.refresh;

    // Instance A's refresh is handled (the token rotates at GitHub) but the answer is held back.
    const held = gw.github.server.holdNext((r) => r.path === "/login/oauth/access_token", "response");
    const slow = resolveFor(gw.app, c);
    await held.reached;
    // A's lease runs out; B takes over and tries the same refresh token: already used, refused.
    gw.clock.advance(LEASE_MS + 1_000);
    const fast = resolveFor(sibling, c);
    await until(() => gw.logs.some((l) => l.includes("waiting for the previous holder")), "B to wait for A's result");
    expect((await stored(c.dbId)).status).toBe("ACTIVE");
    held.release(); // A's answer arrives; A stores the rotated pair

    const [a, b] = await Promise.all([slow, fast]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data!.resolveCredential.accessToken).toBe(a.data!.resolveCredential.accessToken);
    expect(gw.github.counters.refresh - before).toBe(2);
    const after = await plain(c.dbId);
    expect(after.row).toMatchObject({ status: "ACTIVE", statusReason: null });
    expect(gw.github.refreshTokens.get(after.refresh)!.used).toBe(false);
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
