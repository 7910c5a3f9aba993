import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { apiKeysRoute, projectKeys } from "../fakes/supabase-keys.js";
import { serviceToken } from "../support/credentials.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";
import { connectGoogle, connectSupabase } from "../support/resources.js";
import { PROD_REF, seedResources, type ResourceFakes } from "../support/seed.js";

const Bind = graphql(`
  mutation Bind($input: BindResourceInput!) {
    bindResource(input: $input) { id type resourceId name hasCredential metadata connection { id } resource { resourceId name } }
  }
`);
const Bound = graphql(`
  query Bound($connectionId: ID, $type: ResourceType) {
    boundResources(connectionId: $connectionId, type: $type) { id type resourceId name hasCredential }
  }
`);
const Unbind = graphql(`
  mutation Unbind($id: ID!) { unbindResource(id: $id) { unboundResourceId resourceId } }
`);
const CanUse = graphql(`
  query CanUseSupabase($id: ID!) { connection(id: $id) { canUse(tools: ["supabase_table_query"]) } }
`);
const ResolveOnResource = graphql(`
  query ResolveOnResource($userId: ID!, $connectionId: ID!, $tool: String!, $resourceId: String) {
    resolveCredential(userId: $userId, connectionId: $connectionId, tool: $tool, resourceId: $resourceId) {
      accessToken expiresAt scopes boundResourceId resourceId resourceUrl
    }
  }
`);

let gw: TestGateway;
let fakes: ResourceFakes;
let supabase: string;
let google: string;
beforeAll(async () => {
  gw = await startTestGateway();
  fakes = seedResources(gw);
  gw.supabase.use(apiKeysRoute());
  supabase = await connectSupabase(gw, "alice");
  google = await connectGoogle(gw, "alice");
});
afterAll(() => gw.close());

describe("binding picked resources for tools", () => {
  it("binds a spreadsheet after checking it upstream, and binding it again is the same binding", async () => {
    const before = gw.google.server.count("GET", new RegExp(`/drive/v3/files/${fakes.ids.budget}$`));
    const first = await gw.gql(Bind, { input: { connectionId: google, type: "GOOGLE_SHEETS", id: fakes.ids.budget! } }, { as: "alice" });
    expect(first.errors).toBeUndefined();
    expect(first.data!.bindResource).toMatchObject({ type: "GOOGLE_SHEETS", resourceId: fakes.ids.budget, name: "Ada's budget", hasCredential: false, connection: { id: google } });
    expect(first.data!.bindResource.metadata).toMatchObject({ mimeType: "application/vnd.google-apps.spreadsheet", kind: "SPREADSHEET" });
    expect(gw.google.server.count("GET", new RegExp(`/drive/v3/files/${fakes.ids.budget}$`))).toBeGreaterThan(before);
    const again = await gw.gql(Bind, { input: { connectionId: google, type: "GOOGLE_SHEETS", id: fakes.ids.budget! } }, { as: "alice" });
    expect(again.data!.bindResource.id).toBe(first.data!.bindResource.id);
    const listed = await gw.gql(Bound, { connectionId: google }, { as: "alice" });
    expect(listed.data!.boundResources.map((b) => b.resourceId)).toEqual([fakes.ids.budget]);
  });

  it("refuses to bind what does not exist upstream, or what is not of that type, storing nothing", async () => {
    const missing = await gw.gql(Bind, { input: { connectionId: google, type: "GOOGLE_SHEETS", id: "1FkNoSuchFile" } }, { as: "alice" });
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const wrongType = await gw.gql(Bind, { input: { connectionId: google, type: "GOOGLE_DRIVE_FILE", id: fakes.ids.projects! } }, { as: "alice" });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await gw.gql(Bound, { type: "GOOGLE_DRIVE_FILE" }, { as: "alice" })).data!.boundResources).toEqual([]);
  });

  it("keeps bindings per user: another user can neither bind through, list nor unbind them", async () => {
    const theirs = await gw.gql(Bind, { input: { connectionId: google, type: "GOOGLE_SHEETS", id: fakes.ids.budget! } }, { as: "mallory" });
    expect(theirs.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await gw.gql(Bound, {}, { as: "mallory" })).data!.boundResources).toEqual([]);
    const [mine] = (await gw.gql(Bound, { connectionId: google }, { as: "alice" })).data!.boundResources;
    const unbind = await gw.gql(Unbind, { id: mine!.id }, { as: "mallory" });
    expect(unbind.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("binding a Supabase project stores its service key encrypted; resolveCredential for a Supabase tool returns the project URL and that key", async () => {
    expect((await gw.gql(CanUse, { id: supabase }, { as: "alice" })).data!.connection.canUse).toBe(false);
    const runner = await serviceToken(gw);
    const unbound = await gw.gql(ResolveOnResource, { userId: "alice", connectionId: supabase, tool: "supabase_table_query" }, { token: runner });
    expect(unbound.errors?.[0]?.extensions).toMatchObject({ code: "RESOURCE_NOT_BOUND", resourceType: "SUPABASE_DATABASE", bound: [] });

    const bound = await gw.gql(Bind, { input: { connectionId: supabase, type: "SUPABASE_DATABASE", id: PROD_REF } }, { as: "alice" });
    expect(bound.data!.bindResource).toMatchObject({ resourceId: PROD_REF, name: "Production", hasCredential: true });
    expect(bound.data!.bindResource.metadata).toMatchObject({ projectUrl: `https://${PROD_REF}.supabase.co`, keyKind: "secret" });
    expect(JSON.stringify(bound)).not.toContain(projectKeys(PROD_REF).secret);
    const row = await gw.app.deps.db.boundResource.findFirstOrThrow({ where: { upstreamId: PROD_REF } });
    expect(row.secret).not.toContain(projectKeys(PROD_REF).secret);
    expect(row.secret).not.toContain(projectKeys(PROD_REF).publishable);
    expect(JSON.parse(await gw.app.deps.cipher.decrypt(row.secret!))).toEqual({ SUPABASE_SECRET_KEY: projectKeys(PROD_REF).secret, SUPABASE_PUBLISHABLE_KEY: projectKeys(PROD_REF).publishable });
    expect((await gw.gql(CanUse, { id: supabase }, { as: "alice" })).data!.connection.canUse).toBe(true);

    const resolved = await gw.gql(ResolveOnResource, { userId: "alice", connectionId: supabase, tool: "supabase_table_query" }, { token: runner });
    expect(resolved.data!.resolveCredential).toMatchObject({
      accessToken: projectKeys(PROD_REF).secret,
      expiresAt: null,
      scopes: [],
      resourceId: PROD_REF,
      resourceUrl: `https://${PROD_REF}.supabase.co`,
      boundResourceId: bound.data!.bindResource.id,
    });
    const wrong = await gw.gql(ResolveOnResource, { userId: "alice", connectionId: supabase, tool: "supabase_table_query", resourceId: "zzzzzzzzzzzzzzzzzzzz" }, { token: runner });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("RESOURCE_NOT_BOUND");
    expect(gw.logs.join("\n")).not.toContain(projectKeys(PROD_REF).secret);
  });

  it("unbinding removes it: the tool can no longer resolve", async () => {
    const [project] = (await gw.gql(Bound, { type: "SUPABASE_DATABASE" }, { as: "alice" })).data!.boundResources;
    const result = await gw.gql(Unbind, { id: project!.id }, { as: "alice" });
    expect(result.data!.unbindResource).toEqual({ unboundResourceId: project!.id, resourceId: PROD_REF });
    const runner = await serviceToken(gw);
    const after = await gw.gql(ResolveOnResource, { userId: "alice", connectionId: supabase, tool: "supabase_table_query" }, { token: runner });
    expect(after.errors?.[0]?.extensions?.code).toBe("RESOURCE_NOT_BOUND");
  });

  it("disconnecting a connection removes its bindings", async () => {
    await gw.gql(Bind, { input: { connectionId: supabase, type: "SUPABASE_DATABASE", id: PROD_REF } }, { as: "alice" });
    const Disconnect = graphql(`mutation DisconnectBound($id: ID!) { disconnect(connectionId: $id) { revoked } }`);
    await gw.gql(Disconnect, { id: supabase }, { as: "alice" });
    expect((await gw.gql(Bound, { type: "SUPABASE_DATABASE" }, { as: "alice" })).data!.boundResources).toEqual([]);
  });
});
