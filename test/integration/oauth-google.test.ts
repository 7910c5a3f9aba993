import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { decodeGlobalId } from "../../src/ids.js";
import { authorizationUrl, connectThroughBrowser } from "../support/flows.js";
import { FRONTEND, PUBLIC_URL, startTestGateway, type TestGateway } from "../support/gateway.js";

const Connections = graphql(`
  query Connections($provider: IntegrationProvider) {
    connections(provider: $provider) { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt }
  }
`);

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());
beforeEach(() => {
  gw.google.consent = "approve";
  gw.google.issParameter = "https://accounts.google.com";
  gw.google.grantOnly = null;
  gw.google.account = { sub: "110000000000000000001", email: "ada@example.com" };
});

describe("connecting Google through the browser", () => {
  it("redirects to Google with PKCE S256, offline access, forced consent and openid email, then back to the app connected", async () => {
    const { landing, hops } = await connectThroughBrowser(gw, "alice", { provider: "GOOGLE", scopes: ["drive.readonly"] });
    const toGoogle = new URL(hops.find((h) => h.url.startsWith(`${PUBLIC_URL}/v1/integrations/google/authorize`))!.location!);
    expect(toGoogle.origin).toBe(gw.google.url);
    expect(toGoogle.searchParams.get("code_challenge_method")).toBe("S256");
    expect(toGoogle.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(toGoogle.searchParams.get("access_type")).toBe("offline");
    expect(toGoogle.searchParams.get("prompt")).toBe("consent");
    expect(toGoogle.searchParams.get("include_granted_scopes")).toBe("true");
    expect(toGoogle.searchParams.get("redirect_uri")).toBe(`${PUBLIC_URL}/v1/integrations/google/callback`);
    expect(toGoogle.searchParams.get("scope")!.split(" ").sort()).toEqual(["https://www.googleapis.com/auth/drive.readonly", "https://www.googleapis.com/auth/userinfo.email", "openid"]);
    expect((toGoogle.searchParams.get("state") ?? "").length).toBeGreaterThanOrEqual(22); // ≥128 bits base64url

    expect(landing.origin + landing.pathname).toBe(`${FRONTEND}/connected`);
    expect(landing.searchParams.get("status")).toBe("connected");
    const connectionId = landing.searchParams.get("connection_id")!;
    expect(decodeGlobalId(connectionId)?.typename).toBe("IntegrationConnection");

    const { data } = await gw.gql(Connections, {}, { as: "alice" });
    const connection = data!.connections.find((c) => c.id === connectionId)!;
    expect(connection).toMatchObject({ provider: "GOOGLE", authType: "OAUTH2", accountId: "110000000000000000001", accountLabel: "ada@example.com", status: "ACTIVE", statusReason: null });
    expect(connection.scopes).toContain("https://www.googleapis.com/auth/drive.readonly");
    expect(new Date(connection.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 3000_000);
  });

  it("reconnecting the same account keeps the connection id, unions scopes and keeps the refresh token when none comes back", async () => {
    gw.google.account = { sub: "220000000000000000002", email: "grace@example.com" };
    const first = await connectThroughBrowser(gw, "carol", { provider: "GOOGLE", scopes: ["drive.readonly"] });
    const id = first.landing.searchParams.get("connection_id");
    const before = await gw.app.deps.db.integrationConnection.findFirstOrThrow({ where: { userId: "carol" } });
    const refreshBefore = await gw.app.deps.cipher.decrypt(before.refreshToken!);

    // Google sends no refresh token when it shows no consent screen; the stored one must survive.
    gw.google.issueRefreshTokens = false;
    const second = await connectThroughBrowser(gw, "carol", { provider: "GOOGLE", scopes: ["spreadsheets.readonly"] });
    gw.google.issueRefreshTokens = true;
    expect(second.landing.searchParams.get("connection_id")).toBe(id);

    const rows = await gw.app.deps.db.integrationConnection.findMany({ where: { userId: "carol" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.scopes.split(" ")).toEqual(expect.arrayContaining(["https://www.googleapis.com/auth/drive.readonly", "https://www.googleapis.com/auth/spreadsheets.readonly"]));
    expect(await gw.app.deps.cipher.decrypt(rows[0]!.refreshToken!)).toBe(refreshBefore);
  });

  it("two accounts of one user are two connections; other users never see them", async () => {
    gw.google.account = { sub: "330000000000000000003", email: "one@example.com" };
    await connectThroughBrowser(gw, "dave", { provider: "GOOGLE" });
    gw.google.account = { sub: "440000000000000000004", email: "two@example.com" };
    await connectThroughBrowser(gw, "dave", { provider: "GOOGLE" });
    const dave = await gw.gql(Connections, { provider: "GOOGLE" }, { as: "dave" });
    expect(dave.data!.connections.map((c) => c.accountLabel)).toEqual(["one@example.com", "two@example.com"]);
    const erin = await gw.gql(Connections, {}, { as: "erin" });
    expect(erin.data!.connections).toEqual([]);
  });

  it("sends the user back with error=access_denied when they refuse consent", async () => {
    gw.google.consent = "deny";
    const { landing } = await connectThroughBrowser(gw, "frank", { provider: "GOOGLE" });
    expect(Object.fromEntries(landing.searchParams)).toMatchObject({ status: "error", error: "access_denied" });
    expect(await gw.app.deps.db.integrationConnection.count({ where: { userId: "frank" } })).toBe(0);
  });

  it("refuses an iss that is not Google's (RFC 9207 mix-up defence)", async () => {
    gw.google.issParameter = "https://evil.example";
    const before = gw.google.counters.codeExchange;
    const { landing } = await connectThroughBrowser(gw, "frank", { provider: "GOOGLE" });
    expect(landing.searchParams.get("error")).toBe("invalid_issuer");
    expect(gw.google.counters.codeExchange).toBe(before); // the code was never sent anywhere
  });

  it("accepts a callback without iss (Google does not advertise it)", async () => {
    gw.google.issParameter = null;
    const { landing } = await connectThroughBrowser(gw, "gina", { provider: "GOOGLE" });
    expect(landing.searchParams.get("status")).toBe("connected");
  });

  it("reports token_exchange_failed when Google refuses the code", async () => {
    gw.google.server.failNext((r) => r.path === "/token", { status: 400, body: { error: "invalid_grant", error_description: "Bad Request" } });
    const { landing } = await connectThroughBrowser(gw, "hank", { provider: "GOOGLE" });
    expect(Object.fromEntries(landing.searchParams)).toMatchObject({ status: "error", error: "token_exchange_failed" });
  });

  it("reports token_exchange_failed when Google cannot be reached", async () => {
    gw.google.server.failNext((r) => r.path === "/token", "drop");
    const { landing } = await connectThroughBrowser(gw, "hank", { provider: "GOOGLE" });
    expect(landing.searchParams.get("error")).toBe("token_exchange_failed");
  });

  it("only asks for the scopes the user granted when consent is granular", async () => {
    gw.google.grantOnly = ["https://www.googleapis.com/auth/drive.readonly"];
    gw.google.account = { sub: "550000000000000000005", email: "ivy@example.com" };
    await connectThroughBrowser(gw, "ivy", { provider: "GOOGLE", scopes: ["drive.readonly", "gmail.send"] });
    const { data } = await gw.gql(Connections, {}, { as: "ivy" });
    expect(data!.connections[0]!.scopes).toContain("https://www.googleapis.com/auth/drive.readonly");
    expect(data!.connections[0]!.scopes).not.toContain("https://www.googleapis.com/auth/gmail.send");
  });

  it("builds authorization URLs on the REST sidecar", async () => {
    const url = new URL(await authorizationUrl(gw, "alice", { provider: "GOOGLE" }));
    expect(url.origin + url.pathname).toBe(`${PUBLIC_URL}/v1/integrations/google/authorize`);
    expect(url.searchParams.get("intent")).toBeTruthy();
  });
});
