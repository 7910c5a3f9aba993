import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { connect } from "../support/credentials.js";
import { finishFlow, StartOAuth } from "../support/flows.js";
import { FRONTEND, PUBLIC_URL, startTestGateway, type TestGateway } from "../support/gateway.js";

const Connections = graphql(`
  query IncrementalConnections($provider: IntegrationProvider) {
    connections(provider: $provider) { id accountId accountLabel scopes status statusReason updatedAt }
  }
`);

const G = (s: string) => `https://www.googleapis.com/auth/${s}`;
const BASE = ["openid", G("userinfo.email")];
let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());
beforeEach(() => {
  gw.google.account = { sub: "110000000000000000001", email: "ada@example.com" };
  gw.github.user = { id: 583231, login: "octocat" };
});

/** startOAuth as `userId`, then the browser round trip; returns the payload, the provider's authorize URL and the landing. */
async function reauthorize(userId: string, input: { connectionId?: string; provider?: "GOOGLE" | "GITHUB"; tools?: string[]; scopes?: string[] }) {
  const started = await gw.gql(StartOAuth, { input: { returnTo: `${FRONTEND}/done`, ...input } }, { as: userId });
  if (!started.data) throw new Error(`startOAuth failed: ${JSON.stringify(started.errors)}`);
  const browser = gw.browser();
  const landing = await browser.visit(started.data.startOAuth.authorizationUrl);
  const toProvider = landing.hops.find((h) => h.url.startsWith(`${PUBLIC_URL}/v1/integrations/`) && h.url.includes("/authorize"))!.location!;
  const { outcome } = await finishFlow(gw, userId, landing.url);
  return { payload: started.data.startOAuth, upstream: new URL(toProvider), landing: outcome };
}

describe("incremental re-authorization", () => {
  it("asks Google only for what a connection lacks, keeps the connection id and unions the scopes", async () => {
    const first = await connect(gw, "alice", { provider: "GOOGLE", tools: ["drive_list_files", "drive_download_file"] });
    const before = await gw.app.deps.db.integrationConnection.findUniqueOrThrow({ where: { id: first.dbId } });
    expect(before.scopes.split(" ")).toContain(G("drive.readonly"));

    // The provider is implied by the connection; drive_list_files is covered already.
    const { payload, upstream, landing } = await reauthorize("alice", { connectionId: first.id, tools: ["gmail_send_email", "drive_list_files"] });
    expect(payload).toMatchObject({ provider: "GOOGLE", scopes: [...BASE, G("gmail.send")] });
    expect(upstream.searchParams.get("scope")!.split(" ").sort()).toEqual([...BASE, G("gmail.send")].sort());
    expect(upstream.searchParams.get("include_granted_scopes")).toBe("true");
    expect(landing.searchParams.get("connection_id")).toBe(first.id);
    expect(landing.searchParams.has("account_changed")).toBe(false);

    const { data } = await gw.gql(Connections, { provider: "GOOGLE" }, { as: "alice" });
    expect(data!.connections).toHaveLength(1);
    expect(data!.connections[0]!.id).toBe(first.id);
    expect(data!.connections[0]!.scopes).toEqual(expect.arrayContaining([G("drive.readonly"), G("gmail.send")]));
  });

  it("makes a different account its own connection and leaves the first one as it was", async () => {
    gw.google.account = { sub: "120000000000000000012", email: "first@example.com" };
    const first = await connect(gw, "bea", { provider: "GOOGLE", scopes: ["drive.readonly"] });
    const before = await gw.app.deps.db.integrationConnection.findUniqueOrThrow({ where: { id: first.dbId } });

    gw.google.account = { sub: "130000000000000000013", email: "second@example.com" };
    const { landing } = await reauthorize("bea", { connectionId: first.id, tools: ["gmail_send_email"] });
    expect(landing.searchParams.get("status")).toBe("connected");
    expect(landing.searchParams.get("account_changed")).toBe("true");
    expect(landing.searchParams.get("connection_id")).not.toBe(first.id);

    const after = await gw.app.deps.db.integrationConnection.findUniqueOrThrow({ where: { id: first.dbId } });
    expect(after).toEqual(before); // tokens, scopes, account and timestamps untouched
    const { data } = await gw.gql(Connections, { provider: "GOOGLE" }, { as: "bea" });
    expect(data!.connections.map((c) => c.accountLabel)).toEqual(["first@example.com", "second@example.com"]);
  });

  it("asks GitHub for the union (GitHub has no include_granted_scopes) and stores what the new token carries", async () => {
    const first = await connect(gw, "carl", { provider: "GITHUB", scopes: ["read:user"] });
    const { payload, upstream, landing } = await reauthorize("carl", { connectionId: first.id, tools: ["github_list_pull_requests", "github_get_authenticated_user"] });
    expect(payload.scopes).toEqual(["read:user", "repo"]);
    expect(upstream.searchParams.get("scope")).toBe("read:user repo");
    expect(landing.searchParams.get("connection_id")).toBe(first.id);
    const row = await gw.app.deps.db.integrationConnection.findUniqueOrThrow({ where: { id: first.dbId } });
    expect(row.scopes).toBe("read:user repo");
    const token = await gw.app.deps.cipher.decrypt(row.accessToken);
    expect(gw.github.tokens.get(token)!.scopes.sort()).toEqual(["read:user", "repo"]);
  });

  it("asks again for everything a connection held once it needs re-authorization", async () => {
    gw.google.account = { sub: "140000000000000000014", email: "dora@example.com" };
    const first = await connect(gw, "dora", { provider: "GOOGLE", scopes: ["drive.readonly", "gmail.send"] });
    gw.google.revokeGrant("140000000000000000014");
    await gw.app.deps.db.integrationConnection.update({ where: { id: first.dbId }, data: { status: "NEEDS_REAUTH", statusReason: "REVOKED" } });

    const { upstream, landing } = await reauthorize("dora", { connectionId: first.id });
    expect(upstream.searchParams.get("scope")!.split(" ").sort()).toEqual([...BASE, G("drive.readonly"), G("gmail.send")].sort());
    expect(landing.searchParams.get("connection_id")).toBe(first.id);
    const { data } = await gw.gql(Connections, { provider: "GOOGLE" }, { as: "dora" });
    expect(data!.connections[0]).toMatchObject({ status: "ACTIVE", statusReason: null });
    expect(data!.connections[0]!.scopes).toEqual(expect.arrayContaining([G("drive.readonly"), G("gmail.send")]));
  });

  it.each([
    ["no provider and no connection", { tools: ["gmail_send_email"] }, "BAD_USER_INPUT"],
    ["unknown tools", { provider: "GOOGLE", tools: ["gmail_send_email", "gmail_fax"] }, "BAD_USER_INPUT"],
    ["a provider that does not match the connection", { provider: "GITHUB", connection: true }, "BAD_USER_INPUT"],
    ["another user's connection", { connection: true, as: "mallory" }, "NOT_FOUND"],
  ] as const)("refuses %s", async (_what, spec, code) => {
    const { id } = await connect(gw, "erin", { provider: "GOOGLE" });
    const s = spec as { provider?: "GOOGLE" | "GITHUB"; tools?: string[]; connection?: boolean; as?: string };
    const input = { returnTo: `${FRONTEND}/done`, provider: s.provider, tools: s.tools, connectionId: s.connection ? id : undefined };
    const { data, errors } = await gw.gql(StartOAuth, { input }, { as: s.as ?? "erin" });
    expect(data).toBeNull();
    expect(errors![0]!.extensions!.code).toBe(code);
    if (s.tools?.includes("gmail_fax")) expect(errors![0]!.extensions!.unknownTools).toEqual(["gmail_fax"]);
  });
});
