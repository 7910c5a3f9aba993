import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveCredential } from "../../src/services/credential-resolution.js";
import { connect, expireStored, issuedTokens, ResolveCredential, serviceToken } from "../support/credentials.js";
import { finishFlow } from "../support/flows.js";
import { FRONTEND, PUBLIC_URL, startTestGateway, type TestGateway } from "../support/gateway.js";

const G = (s: string) => `https://www.googleapis.com/auth/${s}`;
let gw: TestGateway;
let alice: { id: string; dbId: string };
let service: string;
beforeAll(async () => {
  gw = await startTestGateway();
  alice = await connect(gw, "alice", { provider: "GOOGLE", scopes: ["drive.readonly"] });
  service = await serviceToken(gw);
});
afterAll(() => gw.close());

const resolve = (vars: { userId?: string; connectionId?: string; tool?: string; returnTo?: string }, options: { token?: string; as?: string | null } = {}) =>
  gw.gql(ResolveCredential, { userId: "alice", connectionId: alice.id, tool: "drive_list_files", ...vars }, options.as !== undefined ? { as: options.as } : { token: options.token ?? service });

describe("resolveCredential", () => {
  it("hands a service a live token for the named user's connection", async () => {
    const { data, errors } = await resolve({});
    expect(errors).toBeUndefined();
    const credential = data!.resolveCredential;
    expect(credential).toMatchObject({ connectionId: alice.id, provider: "GOOGLE", accountId: "110000000000000000001", tokenType: "Bearer" });
    expect(credential.scopes).toContain(G("drive.readonly"));
    // The token works upstream: the fake knows it, unrevoked, with the granted scopes.
    const atGoogle = gw.google.accessTokens.get(credential.accessToken)!;
    expect(atGoogle.revoked).toBe(false);
    expect([...atGoogle.scopes]).toContain(G("drive.readonly"));
    // The gateway's expiry is the one Google gave (expires_in counted from the answer).
    expect(Math.abs(new Date(credential.expiresAt!).getTime() - atGoogle.expiresAt)).toBeLessThan(5_000);
  });

  it("is FORBIDDEN with a user's own token and UNAUTHENTICATED without one", async () => {
    for (const token of [await gw.tokenFor("alice"), await gw.tokenFor("alice", { scope: "credentials:read profile" })]) {
      const { data, errors } = await resolve({}, { token });
      expect(data).toBeNull();
      expect(errors![0]!.extensions!.code).toBe("FORBIDDEN");
      expect(JSON.stringify(errors)).not.toContain("ya29.");
    }
    const anonymous = await resolve({}, { as: null });
    expect(anonymous.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
  });

  it("answers NOT_FOUND for a connection that is not the named user's", async () => {
    const { data, errors } = await resolve({ userId: "bob" });
    expect(data).toBeNull();
    expect(errors![0]!.extensions!.code).toBe("NOT_FOUND");
  });

  it("refuses unknown tools and another provider's tools", async () => {
    for (const tool of ["drive_teleport", "github_get_repository"]) {
      const { errors } = await resolve({ tool });
      expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", unknownTools: [tool] });
    }
  });

  it("answers INSUFFICIENT_SCOPE with the missing scopes and a re-authorization URL that grants them", async () => {
    const { data, errors } = await resolve({ tool: "gmail_send_email", returnTo: `${FRONTEND}/after` });
    expect(data).toBeNull();
    const extensions = errors![0]!.extensions!;
    expect(extensions).toMatchObject({ code: "INSUFFICIENT_SCOPE", tool: "gmail_send_email", missingScopes: [G("gmail.send")], requiredScopes: [G("gmail.send")], connectionId: alice.id });
    const url = extensions.reauthorizationUrl as string;
    expect(url.startsWith(`${PUBLIC_URL}/v1/integrations/google/authorize?intent=`)).toBe(true);

    // The user follows it: incremental consent for gmail.send on the same connection.
    const landing = await gw.browser().visit(url);
    const toGoogle = new URL(landing.hops.find((h) => h.location?.startsWith(gw.google.url))!.location!);
    expect(toGoogle.searchParams.get("scope")!.split(" ")).toContain(G("gmail.send"));
    expect(toGoogle.searchParams.get("scope")!.split(" ")).not.toContain(G("drive.readonly"));
    expect(landing.url.origin + landing.url.pathname).toBe(`${FRONTEND}/after`);
    // The user's page finishes the flow as the user.
    const { outcome } = await finishFlow(gw, "alice", landing.url);
    expect(outcome.searchParams.get("connection_id")).toBe(alice.id);

    const again = await resolve({ tool: "gmail_send_email" });
    expect(again.errors).toBeUndefined();
    expect(again.data!.resolveCredential.scopes).toEqual(expect.arrayContaining([G("drive.readonly"), G("gmail.send")]));
  });

  it("refreshes a token that expires within the margin, and not one that does not", async () => {
    const before = gw.google.counters.refresh;
    const first = await resolve({});
    await expireStored(gw, alice.dbId, 4 * 60_000); // 4 minutes left: inside the 5-minute margin
    const second = await resolve({});
    expect(gw.google.counters.refresh).toBe(before + 1);
    expect(second.data!.resolveCredential.accessToken).not.toBe(first.data!.resolveCredential.accessToken);
    expect(new Date(second.data!.resolveCredential.expiresAt!).getTime()).toBeGreaterThan(gw.clock.now().getTime() + 50 * 60_000);
    const third = await resolve({});
    expect(third.data!.resolveCredential.accessToken).toBe(second.data!.resolveCredential.accessToken);
    expect(gw.google.counters.refresh).toBe(before + 1);
  });

  it("works in-process as a library function", async () => {
    const credential = await resolveCredential(gw.app.deps, { userId: "alice", connectionId: alice.dbId, tool: "drive_download_file" });
    const viaApi = await resolve({ tool: "drive_download_file" });
    expect(credential.accessToken).toBe(viaApi.data!.resolveCredential.accessToken);
    expect(credential.connection.id).toBe(alice.dbId);
    await expect(resolveCredential(gw.app.deps, { userId: "bob", connectionId: alice.dbId, tool: "drive_download_file" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("never writes a token to the log", async () => {
    const tokens = issuedTokens(gw);
    expect(tokens.length).toBeGreaterThan(3);
    const log = gw.logs.join("\n");
    expect(log).toContain("access token refreshed");
    for (const token of tokens) expect(log).not.toContain(token);
  });
});
