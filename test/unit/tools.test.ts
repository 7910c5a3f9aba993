import { describe, expect, it } from "vitest";
import { covers, scopesOf } from "../../src/scopes/index.js";
import { buildCatalog, findTool, inputSchema, listTools, RESOURCE_TYPE_NAMES, resourcesFilter, TOOL_CREDENTIALS, toolsNamed } from "../../src/tools/index.js";

const all = listTools();

describe("the tool catalog", () => {
  it("has unique snake_case names prefixed by their family", () => {
    expect(new Set(all.map((t) => t.name)).size).toBe(all.length);
    for (const t of all) expect(t.name).toMatch(/^(gmail|drive|sheets|github|supabase)_[a-z_]+$/);
  });

  it.each([
    // family, tools that must exist (read, send, drafts, labels; list, metadata, download, upload/update, folders, permissions; …)
    ["Gmail", ["gmail_list_messages", "gmail_read_message", "gmail_send_email", "gmail_create_draft", "gmail_send_draft", "gmail_modify_labels", "gmail_list_labels"]],
    ["Drive", ["drive_list_files", "drive_get_file_metadata", "drive_download_file", "drive_upload_file", "drive_update_file", "drive_create_folder", "drive_list_permissions", "drive_share_file"]],
    ["Sheets", ["sheets_read_values", "sheets_write_values", "sheets_append_values", "sheets_create_spreadsheet"]],
    ["GitHub", ["github_list_pull_requests", "github_get_pull_request", "github_create_pull_request", "github_get_repository", "github_list_branches", "github_get_file_contents"]],
    ["Supabase", ["supabase_table_query", "supabase_table_insert", "supabase_table_update", "supabase_table_delete", "supabase_rpc", "supabase_invoke_function", "supabase_storage_list", "supabase_storage_upload"]],
  ])("covers the %s family", (_family, names) => {
    expect(toolsNamed(names).map((t) => t.name)).toEqual(names);
  });

  it("stores scopes canonically: Google full URLs, GitHub names, none for Supabase", () => {
    expect(findTool("gmail_send_email")!.scopes).toEqual(["https://www.googleapis.com/auth/gmail.send"]);
    for (const t of listTools("google")) for (const s of t.scopes) expect(s).toMatch(/^https:\/\/www\.googleapis\.com\/auth\/[a-z.]+$/);
    for (const t of listTools("github")) expect(t.scopes.length).toBeGreaterThan(0);
    for (const t of listTools("supabase")) expect(t.scopes).toEqual([]);
  });

  it("asks read tools for read-only scopes: nothing that only reads needs a write scope", () => {
    const google = scopesOf("google");
    for (const name of ["gmail_list_messages", "gmail_read_message", "drive_list_files", "drive_download_file", "sheets_read_values", "sheets_get_spreadsheet"]) {
      const [scope] = findTool(name)!.scopes;
      expect(covers(google, "https://www.googleapis.com/auth/drive.readonly", scope!) || covers(google, "https://www.googleapis.com/auth/gmail.readonly", scope!)).toBe(true);
    }
  });

  it("runs every Supabase tool on a bound project with one of its keys, never the account-wide Management API token", () => {
    const supabase = listTools("supabase");
    expect(supabase.length).toBeGreaterThanOrEqual(9);
    for (const t of supabase) {
      expect(t.runsOn, t.name).toBe("SUPABASE_DATABASE");
      expect(["SUPABASE_PUBLISHABLE_KEY", "SUPABASE_SECRET_KEY"], t.name).toContain(t.credential);
    }
    for (const t of [...listTools("google"), ...listTools("github")]) {
      expect(t.credential, t.name).toBe("OAUTH_ACCESS_TOKEN");
      expect(t.runsOn, t.name).toBeUndefined();
    }
  });

  it("declares for every tool a credential its provider can give, and refuses a catalog that does not", () => {
    for (const t of all) expect(TOOL_CREDENTIALS[t.credential].providers as readonly string[], t.name).toContain(t.provider);
    const base = { provider: "supabase" as const, description: "x", scopes: [], parameters: [] };
    expect(() => buildCatalog([{ ...base, name: "supabase_sneaky", credential: "OAUTH_ACCESS_TOKEN" }])).toThrow(/supabase_sneaky/);
    expect(() => buildCatalog([{ ...base, name: "supabase_untyped" } as never])).toThrow(/supabase_untyped/);
    expect(buildCatalog([{ ...base, name: "supabase_ok", credential: "SUPABASE_SECRET_KEY" }])[0]!.runsOn).toBe("SUPABASE_DATABASE");
  });

  it("gives every picker a known resource type and a dependsOn naming another parameter of the tool", () => {
    let pickers = 0;
    for (const tool of all) {
      const names = tool.parameters.map((p) => p.name);
      for (const p of tool.parameters.filter((p) => p.picker)) {
        pickers++;
        expect(RESOURCE_TYPE_NAMES).toContain(p.picker!.resourceType);
        if (p.picker!.dependsOn) expect(names.filter((n) => n !== p.name)).toContain(p.picker!.dependsOn);
      }
    }
    expect(pickers).toBeGreaterThan(20);
  });

  it("writes pickers as the seed's x-resource-picker in the JSON Schema, and as resources() arguments", () => {
    const tool = findTool("sheets_read_values")!;
    const schema = inputSchema(tool) as { properties: Record<string, Record<string, unknown>>; required: string[] };
    expect(schema.required).toEqual(["spreadsheet_id"]);
    expect(schema.properties.spreadsheet_id!["x-resource-picker"]).toEqual({
      resource_type: "GOOGLE_DRIVE_FILE",
      filter: { mimeType: "application/vnd.google-apps.spreadsheet" },
      value_field: "id",
    });
    expect(schema.properties.sheet!["x-resource-picker"]).toEqual({ resource_type: "GOOGLE_SHEET_TAB", depends_on: "spreadsheet_id", value_field: "name" });
    expect(resourcesFilter(tool.parameters[0]!.picker!)).toEqual({ mimeTypes: ["application/vnd.google-apps.spreadsheet"] });
    expect(resourcesFilter(tool.parameters[1]!.picker!)).toBeNull();
  });

  it("refuses unknown names, listing each once", () => {
    expect(() => toolsNamed(["drive_list_files", "drive_teleport", "drive_teleport", "x"])).toThrow(
      expect.objectContaining({ code: "BAD_USER_INPUT", details: { unknownTools: ["drive_teleport", "x"] } }),
    );
  });
});
