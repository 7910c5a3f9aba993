import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { makeProject } from "../fakes/supabase.js";
import { apiKeysRoute, projectKeys } from "../fakes/supabase-keys.js";
import { serviceToken } from "../support/credentials.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";
import { connectSupabase, listPage } from "../support/resources.js";
import { PROD_REF, SUPABASE_TOKEN, seedResources } from "../support/seed.js";

// Least privilege for tool credentials: every Supabase tool runs on a bound project with the key
// it declares (never the account-wide Management API token), and nothing is handed out through a
// connection that is not ACTIVE.

const SupabaseCatalog = graphql(`
  query SupabaseCatalog { tools(provider: SUPABASE) { name credential } }
`);
const BindProject = graphql(`
  mutation BindProject($input: BindResourceInput!) { bindResource(input: $input) { id metadata } }
`);
const ResolveTool = graphql(`
  query ResolveTool($userId: ID!, $connectionId: ID!, $tool: String!, $resourceId: String) {
    resolveCredential(userId: $userId, connectionId: $connectionId, tool: $tool, resourceId: $resourceId) { credential accessToken resourceId resourceUrl }
  }
`);

const LEGACY_REF = "legacyprojectref00001";
const CAROL_PAT = `sbp_${"ca501".repeat(8)}`;
let gw: TestGateway;
let runner: string;
let alice: string;
beforeAll(async () => {
  gw = await startTestGateway();
  seedResources(gw);
  gw.supabase.use(apiKeysRoute({ legacyOnly: new Set([LEGACY_REF]) }));
  runner = await serviceToken(gw);
  alice = await connectSupabase(gw, "alice");
  const bound = await gw.gql(BindProject, { input: { connectionId: alice, type: "SUPABASE_DATABASE", id: PROD_REF } }, { as: "alice" });
  expect(bound.errors).toBeUndefined();
});
afterAll(() => gw.close());

const resolve = (connectionId: string, tool: string, userId = "alice", resourceId?: string) =>
  gw.gql(ResolveTool, { userId, connectionId, tool, resourceId }, { token: runner });

describe("Supabase tools get a bound project's key, of exactly the kind they declare", () => {
  it("never hands any Supabase tool the connection's Management API token (supabase_table_delete got it)", async () => {
    const { data } = await gw.gql(SupabaseCatalog, {}, { as: null });
    expect(data!.tools.map((t) => t.name)).toContain("supabase_table_delete");
    const keys = projectKeys(PROD_REF);
    for (const tool of data!.tools) {
      const result = await resolve(alice, tool.name);
      expect(result.errors, tool.name).toBeUndefined();
      const credential = result.data!.resolveCredential;
      expect(credential.accessToken, tool.name).not.toBe(SUPABASE_TOKEN);
      expect(credential, tool.name).toMatchObject({ credential: tool.credential, resourceId: PROD_REF, resourceUrl: `https://${PROD_REF}.supabase.co` });
      expect(credential.accessToken, tool.name).toBe(tool.credential === "SUPABASE_PUBLISHABLE_KEY" ? keys.publishable : keys.secret);
    }
    expect(JSON.stringify(gw.logs)).not.toContain(SUPABASE_TOKEN);
  });

  it("gives a tool that declares the publishable key that key, never the secret one", async () => {
    const { data } = await gw.gql(SupabaseCatalog, {}, { as: null });
    const publishable = data!.tools.filter((t) => t.credential === "SUPABASE_PUBLISHABLE_KEY").map((t) => t.name);
    expect(publishable).toEqual(["supabase_invoke_function"]);
    const result = await resolve(alice, "supabase_invoke_function");
    expect(result.data!.resolveCredential).toMatchObject({ credential: "SUPABASE_PUBLISHABLE_KEY", accessToken: projectKeys(PROD_REF).publishable });
    expect(JSON.stringify(result)).not.toContain(projectKeys(PROD_REF).secret);
    expect(JSON.stringify(result)).not.toContain(projectKeys(PROD_REF).serviceRole);
  });

  it("on a project with only legacy keys: anon for the publishable kind, service_role for the secret kind", async () => {
    gw.supabase.tokens.get(SUPABASE_TOKEN)!.projects.push(makeProject(LEGACY_REF, "Legacy"));
    const bound = await gw.gql(BindProject, { input: { connectionId: alice, type: "SUPABASE_DATABASE", id: LEGACY_REF } }, { as: "alice" });
    expect(bound.data!.bindResource.metadata).toMatchObject({ keyKind: "service_role", publishableKeyKind: "anon" });
    const publishable = await resolve(alice, "supabase_invoke_function", "alice", LEGACY_REF);
    expect(publishable.data!.resolveCredential.accessToken).toBe(projectKeys(LEGACY_REF).anon);
    const secret = await resolve(alice, "supabase_table_query", "alice", LEGACY_REF);
    expect(secret.data!.resolveCredential.accessToken).toBe(projectKeys(LEGACY_REF).serviceRole);
  });

  it("a binding stored before keys were kept per kind still serves its server-side key, and refuses the kind it lacks", async () => {
    const row = await gw.app.deps.db.boundResource.findFirstOrThrow({ where: { connectionId: (await gw.app.deps.db.integrationConnection.findFirstOrThrow({ where: { userId: "alice", provider: "supabase" } })).id, upstreamId: PROD_REF } });
    const original = row.secret;
    await gw.app.deps.db.boundResource.update({ where: { id: row.id }, data: { secret: await gw.app.deps.cipher.encrypt(projectKeys(PROD_REF).secret) } });
    try {
      const secret = await resolve(alice, "supabase_table_delete", "alice", PROD_REF);
      expect(secret.data!.resolveCredential.accessToken).toBe(projectKeys(PROD_REF).secret);
      const publishable = await resolve(alice, "supabase_invoke_function", "alice", PROD_REF);
      expect(publishable.data).toBeNull();
      expect(publishable.errors![0]!.extensions).toMatchObject({ code: "RESOURCE_NOT_BOUND", credential: "SUPABASE_PUBLISHABLE_KEY", resourceId: PROD_REF });
      expect(JSON.stringify(publishable)).not.toContain(projectKeys(PROD_REF).secret);
    } finally {
      await gw.app.deps.db.boundResource.update({ where: { id: row.id }, data: { secret: original } });
    }
  });
});

describe("a connection that is not ACTIVE yields no key", () => {
  it("once Supabase refuses the access token (NEEDS_REAUTH), the bound project's keys are refused with RECONNECT_REQUIRED", async () => {
    gw.supabase.addToken(CAROL_PAT, { user: "carol-upstream", projects: [makeProject(PROD_REF, "Production")], organizations: [] });
    const carol = await connectSupabase(gw, "carol", CAROL_PAT);
    await gw.gql(BindProject, { input: { connectionId: carol, type: "SUPABASE_DATABASE", id: PROD_REF } }, { as: "carol" });
    expect((await resolve(carol, "supabase_table_query", "carol")).data!.resolveCredential.accessToken).toBe(projectKeys(PROD_REF).secret);

    // Carol revokes the token at Supabase; the next browse finds out and marks the connection.
    gw.supabase.tokens.delete(CAROL_PAT);
    const browse = await listPage(gw, "carol", { connectionId: carol, type: "SUPABASE_DATABASE" });
    expect(browse.errors?.[0]?.extensions?.code).toBe("RECONNECT_REQUIRED");
    const row = await gw.app.deps.db.integrationConnection.findFirstOrThrow({ where: { userId: "carol" } });
    expect(row.status).toBe("NEEDS_REAUTH");

    for (const tool of ["supabase_table_query", "supabase_table_delete", "supabase_invoke_function"]) {
      const result = await resolve(carol, tool, "carol");
      expect(result.data, tool).toBeNull();
      expect(result.errors![0]!.extensions, tool).toMatchObject({ code: "RECONNECT_REQUIRED", reason: "REVOKED", reauthorizationUrl: null });
      const text = JSON.stringify(result);
      for (const key of Object.values(projectKeys(PROD_REF))) expect(text, tool).not.toContain(key);
    }
  });
});
