import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { connect } from "../support/credentials.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";

const Tools = graphql(`
  query Tools($provider: IntegrationProvider) {
    tools(provider: $provider) { name provider requiredScopes credential }
  }
`);

const Tool = graphql(`
  query Tool($name: String!) {
    tool(name: $name) {
      name provider description requiredScopes inputSchema
      parameters { name type description required itemsType allowedValues defaultValue picker { type filter { mimeTypes } dependsOn valueField spec } }
    }
  }
`);

const RequiredScopes = graphql(`
  query RequiredScopes($provider: IntegrationProvider!, $tools: [String!]!) {
    requiredScopes(provider: $provider, tools: $tools)
  }
`);

const ConnectionTools = graphql(`
  query ConnectionTools($id: ID!, $tools: [String!]!) {
    connection(id: $id) { id status scopes missingScopes(tools: $tools) canUse(tools: $tools) }
  }
`);

const G = (s: string) => `https://www.googleapis.com/auth/${s}`;
let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());

describe("the tool catalog in GraphQL", () => {
  it("lists one provider's tools with their scopes", async () => {
    const { data } = await gw.gql(Tools, { provider: "GITHUB" }, { as: null });
    expect(data!.tools.length).toBeGreaterThanOrEqual(8);
    expect(new Set(data!.tools.map((t) => t.provider))).toEqual(new Set(["GITHUB"]));
    expect(data!.tools.find((t) => t.name === "github_list_pull_requests")).toMatchObject({ requiredScopes: ["repo"], credential: "OAUTH_ACCESS_TOKEN" });
    const everything = await gw.gql(Tools, {}, { as: null });
    expect(new Set(everything.data!.tools.map((t) => t.provider))).toEqual(new Set(["GOOGLE", "GITHUB", "SUPABASE"]));
  });

  it("describes a tool's parameters with pickers as the resources() arguments to send", async () => {
    const { data } = await gw.gql(Tool, { name: "sheets_append_values" });
    const tool = data!.tool;
    expect(tool).toMatchObject({ name: "sheets_append_values", provider: "GOOGLE", requiredScopes: [G("spreadsheets")] });
    const byName = Object.fromEntries(tool.parameters.map((p) => [p.name, p]));
    expect(byName.spreadsheet_id).toMatchObject({
      type: "string",
      required: true,
      picker: {
        type: "GOOGLE_DRIVE_FILE",
        filter: { mimeTypes: ["application/vnd.google-apps.spreadsheet"] },
        dependsOn: null,
        valueField: "id",
        spec: { resource_type: "GOOGLE_DRIVE_FILE", filter: { mimeType: "application/vnd.google-apps.spreadsheet" }, value_field: "id" },
      },
    });
    expect(byName.sheet!.picker).toMatchObject({ type: "GOOGLE_SHEET_TAB", filter: null, dependsOn: "spreadsheet_id", valueField: "name" });
    expect(byName.values).toMatchObject({ type: "array", itemsType: "array", required: true, picker: null });
    expect(byName.value_input_option).toMatchObject({ allowedValues: ["RAW", "USER_ENTERED"], defaultValue: "USER_ENTERED" });
    const schema = tool.inputSchema as { properties: Record<string, Record<string, unknown>> };
    expect(schema.properties.sheet!["x-resource-picker"]).toEqual({ resource_type: "GOOGLE_SHEET_TAB", depends_on: "spreadsheet_id", value_field: "name" });
  });

  it("answers NOT_FOUND for a tool it does not know", async () => {
    const { data, errors } = await gw.gql(Tool, { name: "gmail_teleport" });
    expect(data).toBeNull();
    expect(errors![0]!.extensions!.code).toBe("NOT_FOUND");
  });
});

describe("requiredScopes", () => {
  it("returns the minimal covering set in canonical form", async () => {
    const { data } = await gw.gql(RequiredScopes, { provider: "GOOGLE", tools: ["gmail_send_email", "gmail_read_message", "gmail_modify_labels", "drive_list_files", "sheets_read_values"] });
    expect(data!.requiredScopes).toEqual([G("drive.metadata.readonly"), G("gmail.modify"), G("spreadsheets.readonly")]);
  });

  it("lists unknown tool names (and another provider's) in the error", async () => {
    const { data, errors } = await gw.gql(RequiredScopes, { provider: "GOOGLE", tools: ["gmail_send_email", "gmail_fax", "github_get_repository"] });
    expect(data).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", unknownTools: ["gmail_fax", "github_get_repository"] });
    expect(errors![0]!.message).toContain("gmail_fax");
  });
});

describe("missingScopes and canUse on a connection", () => {
  it("compares with the granted scopes through the hierarchy", async () => {
    const { id } = await connect(gw, "alice", { provider: "GOOGLE", scopes: ["drive.readonly"] });
    const readOnly = await gw.gql(ConnectionTools, { id, tools: ["drive_list_files", "drive_download_file", "sheets_read_values"] }, { as: "alice" });
    expect(readOnly.data!.connection).toMatchObject({ missingScopes: [], canUse: true });
    const writes = await gw.gql(ConnectionTools, { id, tools: ["drive_download_file", "gmail_send_email", "sheets_write_values"] }, { as: "alice" });
    expect(writes.data!.connection).toMatchObject({ missingScopes: [G("gmail.send"), G("spreadsheets")], canUse: false });
  });

  it("is false for a connection that needs re-authorization, whatever its scopes", async () => {
    gw.google.account = { sub: "990000000000000000009", email: "rita@example.com" };
    const { id, dbId } = await connect(gw, "rita", { provider: "GOOGLE", scopes: ["drive.readonly"] });
    await gw.app.deps.db.integrationConnection.update({ where: { id: dbId }, data: { status: "NEEDS_REAUTH", statusReason: "REVOKED" } });
    const { data } = await gw.gql(ConnectionTools, { id, tools: ["drive_list_files"] }, { as: "rita" });
    expect(data!.connection).toMatchObject({ status: "NEEDS_REAUTH", missingScopes: [], canUse: false });
  });

  it("refuses unknown tools and another provider's tools", async () => {
    const { id } = await connect(gw, "alice", { provider: "GOOGLE", scopes: ["drive.readonly"] });
    const { errors } = await gw.gql(ConnectionTools, { id, tools: ["github_get_repository"] }, { as: "alice" });
    expect(errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", unknownTools: ["github_get_repository"] });
  });

  it("uses GitHub's hierarchy for an OAuth App token, and does not apply scopes to a GitHub App token", async () => {
    gw.github.grantOnly = ["public_repo", "user"];
    const oauthApp = await connect(gw, "gus", { provider: "GITHUB", scopes: ["repo", "user", "public_repo"] });
    gw.github.grantOnly = null;
    const a = await gw.gql(ConnectionTools, { id: oauthApp.id, tools: ["github_get_authenticated_user", "github_list_pull_requests"] }, { as: "gus" });
    expect(a.data!.connection).toMatchObject({ scopes: ["public_repo", "user"], missingScopes: ["repo"], canUse: false });

    gw.github.mode = "github-app";
    gw.github.user = { id: 777, login: "appuser" };
    const app = await connect(gw, "gus", { provider: "GITHUB" });
    gw.github.mode = "oauth-app";
    const b = await gw.gql(ConnectionTools, { id: app.id, tools: ["github_get_authenticated_user", "github_list_pull_requests"] }, { as: "gus" });
    expect(b.data!.connection).toMatchObject({ scopes: [], missingScopes: [], canUse: true });
  });
});
