import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { encodeGlobalId } from "../../src/ids.js";
import { connectThroughBrowser } from "../support/flows.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";
import { makeProject } from "../fakes/supabase.js";

const ConnectSupabase = graphql(`
  mutation ConnectSupabase($input: ConnectSupabaseInput!) {
    connectSupabase(input: $input) { connection { id provider authType accountId accountLabel scopes status } }
  }
`);
const Disconnect = graphql(`
  mutation Disconnect($id: ID!) { disconnect(connectionId: $id) { disconnectedConnectionId provider revoked revocationError } }
`);
const ConnectionById = graphql(`
  query ConnectionById($id: ID!) { connection(id: $id) { id accountLabel } }
`);
const NodeById = graphql(`
  query NodeById($id: ID!) { node(id: $id) { id ... on IntegrationConnection { accountLabel } } }
`);
const Viewer = graphql(`
  query ViewerConnections { viewer { id connections { id provider accountLabel } } }
`);

const PAT = "sbp_0123456789abcdef0123456789abcdef01234567";

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
  gw.supabase.addToken(PAT, { user: "u1", projects: [makeProject("abcdefghijklmnopqrst", "Prod"), makeProject("tsrqponmlkjihgfedcba", "Staging")], organizations: [] });
});
afterAll(() => gw.close());

describe("Supabase by personal access token", () => {
  it("verifies the token at the Management API, then stores one connection per token", async () => {
    const first = await gw.gql(ConnectSupabase, { input: { accessToken: PAT, label: "Acme prod" } }, { as: "alice" });
    expect(first.errors).toBeUndefined();
    expect(first.data!.connectSupabase.connection).toMatchObject({ provider: "SUPABASE", authType: "API_KEY", accountLabel: "Acme prod", status: "ACTIVE" });
    expect(first.data!.connectSupabase.connection.accountId).toMatch(/^pat_[0-9a-f]{24}$/);
    expect(gw.supabase.server.count("GET", "/v1/projects")).toBe(1);

    const again = await gw.gql(ConnectSupabase, { input: { accessToken: ` ${PAT} ` } }, { as: "alice" });
    expect(again.data!.connectSupabase.connection.id).toBe(first.data!.connectSupabase.connection.id);
    expect(again.data!.connectSupabase.connection.accountLabel).toBe("Supabase (2 projects)");
  });

  it("refuses a key Supabase rejects with BAD_USER_INPUT and Supabase's reason, storing nothing", async () => {
    const before = await gw.app.deps.db.integrationConnection.count();
    const result = await gw.gql(ConnectSupabase, { input: { accessToken: "sbp_revoked_or_wrong_token_000000000000000" } }, { as: "bob" });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "Unauthorized" });
    expect(result.errors?.[0]?.message).toContain("Unauthorized");
    expect(await gw.app.deps.db.integrationConnection.count()).toBe(before);
  });

  it("says UPSTREAM_UNAVAILABLE (not a 500) when Supabase is down", async () => {
    gw.supabase.server.failNext(() => true, { status: 503, body: { message: "upstream connect error" } });
    const result = await gw.gql(ConnectSupabase, { input: { accessToken: PAT } }, { as: "bob" });
    expect(result.errors?.[0]?.extensions?.code).toBe("UPSTREAM_UNAVAILABLE");
  });

  it("refuses an empty key", async () => {
    const result = await gw.gql(ConnectSupabase, { input: { accessToken: "   " } }, { as: "bob" });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("seeing and ending connections", () => {
  it("never shows or ends another user's connection: NOT_FOUND exactly as for an unknown id", async () => {
    const { landing } = await connectThroughBrowser(gw, "alice", { provider: "GOOGLE" });
    const aliceId = landing.searchParams.get("connection_id")!;
    expect((await gw.gql(ConnectionById, { id: aliceId }, { as: "alice" })).data!.connection.id).toBe(aliceId);

    const unknownId = Buffer.from("IntegrationConnection:does-not-exist").toString("base64url");
    for (const id of [aliceId, unknownId, "garbage"]) {
      const read = await gw.gql(ConnectionById, { id }, { as: "mallory" });
      expect(read.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(read.errors?.[0]?.message).toBe("Connection not found");
      const end = await gw.gql(Disconnect, { id }, { as: "mallory" });
      expect(end.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    expect((await gw.gql(NodeById, { id: aliceId }, { as: "mallory" })).data!.node).toBeNull();
    expect((await gw.gql(NodeById, { id: aliceId }, { as: "alice" })).data!.node).toMatchObject({ id: aliceId, accountLabel: "ada@example.com" });
    const mallory = await gw.gql(Viewer, {}, { as: "mallory" });
    expect(mallory.data!.viewer).toEqual({ id: encodeGlobalId("Viewer", "mallory"), connections: [] });
    expect((await gw.gql(ConnectionById, { id: aliceId }, { as: "alice" })).data!.connection.id).toBe(aliceId);
  });

  it("disconnecting Google revokes the grant at Google, then deletes the connection", async () => {
    gw.google.account = { sub: "777", email: "revoke-me@example.com" };
    const { landing } = await connectThroughBrowser(gw, "dora", { provider: "GOOGLE" });
    const id = landing.searchParams.get("connection_id")!;
    const refresh = [...gw.google.refreshTokens.entries()].find(([, r]) => r.sub === "777")!;
    const result = await gw.gql(Disconnect, { id }, { as: "dora" });
    expect(result.data!.disconnect).toEqual({ disconnectedConnectionId: id, provider: "GOOGLE", revoked: true, revocationError: null });
    expect(refresh[1].revoked).toBe(true);
    expect((await gw.gql(Viewer, {}, { as: "dora" })).data!.viewer.connections).toEqual([]);
  });

  it("disconnecting GitHub deletes the whole grant at GitHub", async () => {
    const { landing } = await connectThroughBrowser(gw, "dora", { provider: "GITHUB", scopes: ["repo"] });
    const before = gw.github.server.count("DELETE", `/applications/${gw.github.clientId}/grant`);
    const result = await gw.gql(Disconnect, { id: landing.searchParams.get("connection_id")! }, { as: "dora" });
    expect(result.data!.disconnect).toMatchObject({ provider: "GITHUB", revoked: true, revocationError: null });
    expect(gw.github.server.count("DELETE", `/applications/${gw.github.clientId}/grant`)).toBe(before + 1);
    expect([...gw.github.tokens.values()].every((t) => t.revoked)).toBe(true);
  });

  it("a failed revocation never blocks the deletion, and says why", async () => {
    gw.google.account = { sub: "888", email: "flaky@example.com" };
    const { landing } = await connectThroughBrowser(gw, "eve", { provider: "GOOGLE" });
    gw.google.server.failNext((r) => r.path === "/revoke", { status: 503, body: "backend error" });
    const result = await gw.gql(Disconnect, { id: landing.searchParams.get("connection_id")! }, { as: "eve" });
    expect(result.data!.disconnect.revoked).toBe(false);
    expect(result.data!.disconnect.revocationError).toMatch(/google/i);
    expect((await gw.gql(Viewer, {}, { as: "eve" })).data!.viewer.connections).toEqual([]);
  });

  it("disconnecting Supabase says the token cannot be revoked by us, and deletes it", async () => {
    const connected = await gw.gql(ConnectSupabase, { input: { accessToken: PAT } }, { as: "fred" });
    const result = await gw.gql(Disconnect, { id: connected.data!.connectSupabase.connection.id }, { as: "fred" });
    expect(result.data!.disconnect.revoked).toBe(false);
    expect(result.data!.disconnect.revocationError).toMatch(/cannot be revoked by the gateway/);
    expect((await gw.gql(Viewer, {}, { as: "fred" })).data!.viewer.connections).toEqual([]);
  });
});
