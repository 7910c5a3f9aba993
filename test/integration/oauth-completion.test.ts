import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { COMPLETION_TTL_MS, STATE_RETENTION_MS, sweepExpiredOAuth } from "../../src/services/oauth-completion.js";
import { connect, until } from "../support/credentials.js";
import { authorizationUrl, CompleteOAuth, connectThroughBrowser, type CompleteOAuthResult } from "../support/flows.js";
import { FRONTEND, startTestGateway, type TestGateway } from "../support/gateway.js";

/**
 * Account-linking CSRF (issue 9 §1): a connection is attached only to the user who both started the
 * flow (startOAuth) and finished it (completeOAuth with the completion code the callback sent).
 */
const Connections = graphql(`
  query CompletionConnections { connections { id provider accountId accountLabel scopes status } }
`);

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());
beforeEach(() => {
  gw.google.consent = "approve";
  gw.github.consent = "approve";
});

let nextSub = 700000000000000000000n;
/** A Google account nobody has connected yet in this file. */
function freshGoogleAccount(name: string) {
  nextSub += 1n;
  gw.google.account = { sub: String(nextSub), email: `${name}@example.com` };
  return gw.google.account;
}

/** `startedBy` calls startOAuth; the link is opened in a browser that consents (whoever's it is); returns where it landed. */
async function consentInSomeBrowser(startedBy: string, input: Parameters<typeof authorizationUrl>[2]) {
  const url = await authorizationUrl(gw, startedBy, input);
  const landing = await gw.browser().visit(url);
  return landing.url;
}

const complete = (as: string | null, code: string) => gw.gql(CompleteOAuth, { code }, { as }) as Promise<CompleteOAuthResult>;
const connectionsOf = async (userId: string) => (await gw.gql(Connections, {}, { as: userId })).data!.connections;
const lastGoogleAccessToken = () => [...gw.google.accessTokens.entries()].at(-1)!;
const pendingCount = () => gw.app.deps.db.oAuthCompletion.count();

describe("the callback attaches nothing", () => {
  it("redirects to returnTo with status=pending and a one-time completion code of ≥128 bits, stored only as a hash", async () => {
    freshGoogleAccount("pending");
    const landing = await consentInSomeBrowser("patty", { provider: "GOOGLE", scopes: ["drive.readonly"] });
    expect(landing.origin + landing.pathname).toBe(`${FRONTEND}/connected`);
    expect(landing.searchParams.get("status")).toBe("pending");
    expect(landing.searchParams.get("provider")).toBe("google");
    const code = landing.searchParams.get("completion_code")!;
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits, base64url
    expect(landing.searchParams.has("connection_id")).toBe(false);
    expect(await connectionsOf("patty")).toEqual([]);

    const [token] = lastGoogleAccessToken();
    const rows = await gw.app.deps.db.oAuthCompletion.findMany({ where: { userId: "patty" } });
    expect(rows).toHaveLength(1);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(code);
    expect(dump).not.toContain(token);
    expect(rows[0]!.accessToken.split(".")).toHaveLength(5); // JWE compact
    expect(rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime()).toBeLessThanOrEqual(COMPLETION_TTL_MS + 1000);

    const done = await complete("patty", code);
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeOAuth).toMatchObject({ provider: "GOOGLE", accountChanged: false, connection: { accountLabel: "pending@example.com", status: "ACTIVE" } });
    expect((await connectionsOf("patty")).map((c) => c.id)).toEqual([done.data!.completeOAuth.connection.id]);
    expect(await gw.app.deps.db.oAuthCompletion.count({ where: { userId: "patty" } })).toBe(0);
    // Neither the completion code nor any token reaches a log line or the response.
    expect(gw.logs.join("\n")).not.toContain(code);
    expect(gw.logs.join("\n")).not.toContain(token);
    expect(JSON.stringify(done)).not.toContain(token);
  });
});

describe("account-linking CSRF", () => {
  it("attacker starts, victim consents: the attacker gets nothing, the victim's page gets COMPLETION_USER_MISMATCH, and the grant is revoked", async () => {
    freshGoogleAccount("victim");
    const revocations = gw.google.counters.revoke;
    const landing = await consentInSomeBrowser("mallory", { provider: "GOOGLE", scopes: ["drive.readonly"] });
    const [victimToken, record] = lastGoogleAccessToken();
    expect(await connectionsOf("mallory")).toEqual([]);

    // The victim's browser landed on the app, whose page completes with the victim's token.
    const code = landing.searchParams.get("completion_code")!;
    const refused = await complete("victor", code);
    expect(refused.data).toBeNull();
    expect(refused.errors![0]!.extensions!.code).toBe("COMPLETION_USER_MISMATCH");
    expect(gw.google.counters.revoke).toBe(revocations + 1);
    expect(record.revoked).toBe(true);
    expect(gw.google.accessTokens.get(victimToken)!.revoked).toBe(true);

    // The code is burnt: the attacker cannot redeem it after the refusal.
    const late = await complete("mallory", code);
    expect(late.errors![0]!.extensions!.code).toBe("INVALID_COMPLETION_CODE");
    expect(await connectionsOf("mallory")).toEqual([]);
    expect(await connectionsOf("victor")).toEqual([]);
    expect(await gw.app.deps.db.oAuthCompletion.count({ where: { userId: "mallory" } })).toBe(0);
    expect(JSON.stringify(refused)).not.toContain(victimToken);
  });

  it("a leaked link the other way round: the attacker's account never reaches the user who started", async () => {
    freshGoogleAccount("attacker");
    const revocations = gw.google.counters.revoke;
    // Alice's link leaks; Mallory opens it, consents with her own Google account, and her page completes it.
    const landing = await consentInSomeBrowser("alice", { provider: "GOOGLE" });
    const [, record] = lastGoogleAccessToken();
    expect(await connectionsOf("alice")).toEqual([]);
    const code = landing.searchParams.get("completion_code")!;
    expect((await complete("mallory", code)).errors![0]!.extensions!.code).toBe("COMPLETION_USER_MISMATCH");
    expect(record.revoked).toBe(true);
    expect(gw.google.counters.revoke).toBe(revocations + 1);
    // Mallory then gets Alice's page to open the link: nothing left to attach.
    expect((await complete("alice", code)).errors![0]!.extensions!.code).toBe("INVALID_COMPLETION_CODE");
    expect(await connectionsOf("alice")).toEqual([]);
    expect(await connectionsOf("mallory")).toEqual([]);
  });

  it("GitHub too: attacker starts, victim consents, the grant is revoked with GitHub's own verb", async () => {
    gw.github.user = { id: 7100001, login: "victim-gh" };
    const revocations = gw.github.counters.revoke;
    const landing = await consentInSomeBrowser("mallory", { provider: "GITHUB", scopes: ["repo"] });
    const token = [...gw.github.tokens.entries()].at(-1)!;
    expect(await connectionsOf("mallory")).toEqual([]);
    const refused = await complete("victor", landing.searchParams.get("completion_code")!);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: "COMPLETION_USER_MISMATCH", provider: "GITHUB" });
    expect(gw.github.counters.revoke).toBe(revocations + 1);
    expect(gw.github.server.calls.at(-1)).toMatchObject({ method: "DELETE", path: `/applications/${gw.github.clientId}/grant` });
    expect(token[1].revoked).toBe(true);
    expect(await connectionsOf("mallory")).toEqual([]);
    expect(await connectionsOf("victor")).toEqual([]);
  });

  it("re-authorization completed by another user changes nothing on the connection (and does not revoke its shared grant)", async () => {
    freshGoogleAccount("reauth");
    const { id, dbId } = await connect(gw, "rita", { provider: "GOOGLE", scopes: ["drive.readonly"] });
    const before = await gw.app.deps.db.integrationConnection.findUniqueOrThrow({ where: { id: dbId } });
    const storedToken = await gw.app.deps.cipher.decrypt(before.accessToken);

    const landing = await consentInSomeBrowser("rita", { connectionId: id, tools: ["gmail_send_email"] });
    expect(await gw.app.deps.db.integrationConnection.findUniqueOrThrow({ where: { id: dbId } })).toEqual(before); // nothing yet
    const code = landing.searchParams.get("completion_code")!;
    expect((await complete("mallory", code)).errors![0]!.extensions!.code).toBe("COMPLETION_USER_MISMATCH");
    expect(await gw.app.deps.db.integrationConnection.findUniqueOrThrow({ where: { id: dbId } })).toEqual(before);
    expect(await connectionsOf("mallory")).toEqual([]);
    // Revoking would have ended Rita's own grant (Google revokes per account and app): only deleted.
    expect(gw.google.accessTokens.get(storedToken)!.revoked).toBe(false);
    expect(await gw.app.deps.db.oAuthCompletion.count({ where: { userId: "rita" } })).toBe(0);
    expect((await complete("rita", code)).errors![0]!.extensions!.code).toBe("INVALID_COMPLETION_CODE");
  });

  it("re-authorization by the same user updates the connection only when completed", async () => {
    freshGoogleAccount("reauth-ok");
    const { id, dbId } = await connect(gw, "ralph", { provider: "GOOGLE", scopes: ["drive.readonly"] });
    const landing = await consentInSomeBrowser("ralph", { connectionId: id, tools: ["gmail_send_email"] });
    const row = await gw.app.deps.db.integrationConnection.findUniqueOrThrow({ where: { id: dbId } });
    expect(row.scopes).not.toContain("gmail.send");
    const done = await complete("ralph", landing.searchParams.get("completion_code")!);
    expect(done.data!.completeOAuth).toMatchObject({ accountChanged: false, connection: { id } });
    expect(done.data!.completeOAuth.connection.scopes).toContain("https://www.googleapis.com/auth/gmail.send");
  });
});

describe("completion codes", () => {
  it("expire after 5 minutes: INVALID_COMPLETION_CODE, nothing attached, grant revoked and deleted", async () => {
    freshGoogleAccount("slow");
    const landing = await consentInSomeBrowser("sam", { provider: "GOOGLE" });
    const [, record] = lastGoogleAccessToken();
    gw.clock.advance(COMPLETION_TTL_MS + 1000);
    try {
      const late = await complete("sam", landing.searchParams.get("completion_code")!);
      expect(late.errors![0]!.extensions!.code).toBe("INVALID_COMPLETION_CODE");
    } finally {
      gw.clock.advance(-(COMPLETION_TTL_MS + 1000));
    }
    expect(await connectionsOf("sam")).toEqual([]);
    await until(() => record.revoked, "the expired grant to be revoked");
    // Revoked first, then deleted: the row goes a moment after the provider saw the revocation.
    await until(async () => (await gw.app.deps.db.oAuthCompletion.count({ where: { userId: "sam" } })) === 0, "the expired completion to be deleted");
  });

  it("are single use, also when two completions race", async () => {
    freshGoogleAccount("twice");
    const landing = await consentInSomeBrowser("tess", { provider: "GOOGLE" });
    const code = landing.searchParams.get("completion_code")!;
    const [a, b] = await Promise.all([complete("tess", code), complete("tess", code)]);
    const codes = [a, b].map((r) => (r.data ? "ok" : r.errors![0]!.extensions!.code)).sort();
    expect(codes).toEqual(["INVALID_COMPLETION_CODE", "ok"]);
    const again = await complete("tess", code);
    expect(again.errors![0]!.extensions!.code).toBe("INVALID_COMPLETION_CODE");
    expect(await connectionsOf("tess")).toHaveLength(1);
  });

  it("need a signed-in caller (UNAUTHENTICATED), and an anonymous attempt does not burn the code", async () => {
    freshGoogleAccount("anon");
    const landing = await consentInSomeBrowser("uma", { provider: "GOOGLE" });
    const code = landing.searchParams.get("completion_code")!;
    const anonymous = await complete(null, code);
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    const forged = await gw.gql(CompleteOAuth, { code }, { token: "not-a-jwt" });
    expect(forged.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    expect((await complete("uma", code)).data!.completeOAuth.connection.accountLabel).toBe("anon@example.com");
  });

  it("refuse unknown, empty and oversized codes with INVALID_COMPLETION_CODE", async () => {
    for (const code of ["", "nope", "x".repeat(60_000)]) {
      const result = await complete("alice", code);
      expect(result.errors![0]!.extensions!.code, code.slice(0, 10)).toBe("INVALID_COMPLETION_CODE");
    }
  });
});

describe("grants nobody will hold are revoked", () => {
  it("Google: a code exchange whose identity lookup fails revokes the tokens it just got", async () => {
    freshGoogleAccount("noid");
    gw.google.server.failNext((r) => r.path === "/v1/userinfo", { status: 503, body: { error: { code: 503, message: "Backend Error", status: "UNAVAILABLE" } } });
    const revocations = gw.google.counters.revoke;
    const landing = await consentInSomeBrowser("vera", { provider: "GOOGLE" });
    expect(landing.searchParams.get("error")).toBe("identity_failed");
    expect(gw.google.counters.revoke).toBe(revocations + 1);
    expect(lastGoogleAccessToken()[1].revoked).toBe(true);
    expect(await pendingCount()).toBe(await gw.app.deps.db.oAuthCompletion.count({ where: { NOT: { userId: "vera" } } }));
  });

  it("re-authorizing an existing connection: a failed identity lookup drops the tokens but leaves the connection's grant alive", async () => {
    freshGoogleAccount("reauth-noid");
    const { id, dbId } = await connect(gw, "vic", { provider: "GOOGLE", scopes: ["drive.readonly"] });
    const stored = await gw.app.deps.cipher.decrypt((await gw.app.deps.db.integrationConnection.findUniqueOrThrow({ where: { id: dbId } })).accessToken);
    gw.google.server.failNext((r) => r.path === "/v1/userinfo", { status: 503, body: { error: { code: 503, message: "Backend Error", status: "UNAVAILABLE" } } });
    const revocations = gw.google.counters.revoke;
    const landing = await consentInSomeBrowser("vic", { connectionId: id, tools: ["gmail_send_email"] });
    expect(landing.searchParams.get("error")).toBe("identity_failed");
    expect(gw.google.counters.revoke).toBe(revocations);
    expect(gw.google.accessTokens.get(stored)!.revoked).toBe(false);
  });

  it("GitHub: the same", async () => {
    gw.github.user = { id: 7100002, login: "noid-gh" };
    gw.github.server.failNext((r) => r.path === "/user", { status: 503, body: { message: "Service Unavailable" } });
    const revocations = gw.github.counters.revoke;
    const landing = await consentInSomeBrowser("vera", { provider: "GITHUB" });
    expect(landing.searchParams.get("error")).toBe("identity_failed");
    expect(gw.github.counters.revoke).toBe(revocations + 1);
    expect([...gw.github.tokens.values()].at(-1)!.revoked).toBe(true);
  });
});

describe("housekeeping", () => {
  it("deletes states expired over an hour ago and revokes + deletes completions that expired unclaimed, keeping fresh ones", async () => {
    const isolated = await startTestGateway();
    try {
      isolated.google.account = { sub: "790000000000000000001", email: "old@example.com" };
      const old = await isolated.browser().visit(await authorizationUrl(isolated, "walt", { provider: "GOOGLE" }));
      expect(old.url.searchParams.get("status")).toBe("pending");
      const [, oldGrant] = [...isolated.google.accessTokens.entries()].at(-1)!;
      // An abandoned flow: the browser never came back from the provider.
      const abandoned = await isolated.browser().request(await authorizationUrl(isolated, "walt", { provider: "GOOGLE" }));
      expect(abandoned.status).toBe(302);
      expect(await isolated.app.deps.db.oAuthState.count()).toBe(2);

      isolated.clock.advance(STATE_RETENTION_MS + 11 * 60_000);
      isolated.google.account = { sub: "790000000000000000002", email: "new@example.com" };
      const fresh = await isolated.browser().visit(await authorizationUrl(isolated, "walt", { provider: "GOOGLE" }));
      // (The requests above may have started a sweep already: count what is left, not what this run did.)
      await sweepExpiredOAuth(isolated.app.deps);
      expect(await isolated.app.deps.db.oAuthState.count()).toBe(1);
      expect(await isolated.app.deps.db.oAuthCompletion.count()).toBe(1);
      await until(() => oldGrant.revoked, "the unclaimed grant to be revoked");
      // The fresh one is untouched and still completes.
      const result = (await isolated.gql(CompleteOAuth, { code: fresh.url.searchParams.get("completion_code")! }, { as: "walt" })) as CompleteOAuthResult;
      expect(result.data!.completeOAuth.connection.accountLabel).toBe("new@example.com");
    } finally {
      await isolated.close();
    }
  });

  it("runs on its own: traffic after the clock moved sweeps an unclaimed completion without anyone asking", async () => {
    const isolated = await startTestGateway();
    try {
      isolated.google.account = { sub: "790000000000000000003", email: "idle@example.com" };
      await isolated.browser().visit(await authorizationUrl(isolated, "xena", { provider: "GOOGLE" }));
      const [, grant] = [...isolated.google.accessTokens.entries()].at(-1)!;
      expect(await isolated.app.deps.db.oAuthCompletion.count()).toBe(1);
      isolated.clock.advance(COMPLETION_TTL_MS + 60_000);
      await isolated.app.fetch(new Request(`${isolated.config.publicUrl}/healthz`));
      await until(async () => (await isolated.app.deps.db.oAuthCompletion.count()) === 0, "the sweep");
      await until(() => grant.revoked, "the revocation");
    } finally {
      await isolated.close();
    }
  });
});

describe("a normal connect still works end to end", () => {
  it("connectThroughBrowser finishes with completeOAuth as the page would", async () => {
    freshGoogleAccount("helper");
    const { landing, redirect, completion } = await connectThroughBrowser(gw, "yara", { provider: "GOOGLE" });
    expect(redirect.searchParams.get("status")).toBe("pending");
    expect(completion!.data!.completeOAuth.connection.id).toBe(landing.searchParams.get("connection_id"));
  });
});
