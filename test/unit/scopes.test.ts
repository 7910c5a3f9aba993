import { describe, expect, it } from "vitest";
import { covers, minimalScopes, missingScopes, normalizeScopes, scopesApply, scopesOf } from "../../src/scopes/index.js";
import { requiredScopes } from "../../src/services/tool-access.js";

const google = scopesOf("google");
const github = scopesOf("github");
const G = (s: string) => `https://www.googleapis.com/auth/${s}`;

describe("Google scope semantics", () => {
  it.each([
    ["drive.readonly", G("drive.readonly")],
    [G("drive.readonly"), G("drive.readonly")],
    ["email", G("userinfo.email")],
    [G("userinfo.email"), G("userinfo.email")],
    ["profile", G("userinfo.profile")],
    ["openid", "openid"],
    ["https://mail.google.com/", "https://mail.google.com/"],
    ["  spreadsheets ", G("spreadsheets")],
  ])("%s normalizes to %s", (scope, canonical) => {
    expect(google.normalize(scope)).toBe(canonical);
  });

  it.each([
    // granted, wanted, covered?
    ["drive.readonly", G("drive.readonly"), true], // short and full forms are one scope
    ["email", G("userinfo.email"), true],
    ["drive", "drive.readonly", true],
    ["drive", "drive.metadata.readonly", true],
    ["drive.readonly", "drive.metadata.readonly", true],
    ["drive", "drive.file", true],
    ["drive", "drive.metadata", true],
    ["drive.metadata", "drive.metadata.readonly", true],
    ["drive.readonly", "drive", false],
    ["drive.metadata.readonly", "drive.readonly", false],
    ["drive.file", "drive.readonly", false],
    ["drive.readonly", "drive.file", false],
    ["drive.metadata", "drive.readonly", false],
    ["spreadsheets", "spreadsheets.readonly", true],
    ["spreadsheets.readonly", "spreadsheets", false],
    ["drive", "spreadsheets", true], // every Sheets method accepts drive
    ["drive.readonly", "spreadsheets.readonly", true],
    ["drive.readonly", "spreadsheets", false],
    ["spreadsheets", "drive.readonly", false], // Sheets scopes do not list Drive
    ["https://mail.google.com/", "gmail.readonly", true],
    ["https://mail.google.com/", "gmail.send", true],
    ["https://mail.google.com/", "gmail.modify", true],
    ["https://mail.google.com/", "gmail.labels", true],
    ["https://mail.google.com/", "gmail.metadata", true],
    ["https://mail.google.com/", "gmail.settings.basic", true],
    ["https://mail.google.com/", "drive.readonly", false],
    ["gmail.modify", "gmail.readonly", true],
    ["gmail.modify", "gmail.labels", true],
    ["gmail.modify", "gmail.send", true],
    ["gmail.modify", "gmail.compose", true],
    ["gmail.modify", "gmail.metadata", true],
    ["gmail.modify", "https://mail.google.com/", false],
    ["gmail.modify", "gmail.settings.basic", false],
    ["gmail.compose", "gmail.send", true],
    ["gmail.send", "gmail.compose", false],
    ["gmail.readonly", "gmail.metadata", true],
    ["gmail.readonly", "gmail.send", false],
    ["gmail.readonly", "gmail.labels", false],
    ["gmail.labels", "gmail.readonly", false],
    ["openid", "email", false],
  ] as const)("%s covers %s: %s", (granted, wanted, expected) => {
    expect(covers(google, granted, wanted)).toBe(expected);
  });

  it("lists what is missing in canonical form, whatever form was asked", () => {
    expect(missingScopes(google, [G("drive"), "openid"], ["drive.readonly", "gmail.send", G("spreadsheets")])).toEqual([G("gmail.send")]);
    expect(missingScopes(google, ["https://mail.google.com/"], ["gmail.send", "gmail.readonly", "gmail.labels"])).toEqual([]);
    expect(missingScopes(google, [], ["email", G("userinfo.email")])).toEqual([G("userinfo.email")]);
  });

  it.each([
    [["drive.readonly", "drive.metadata.readonly"], [G("drive.readonly")]],
    [["gmail.send", "gmail.modify", "gmail.readonly"], [G("gmail.modify")]],
    [["gmail.send", "gmail.readonly"], [G("gmail.readonly"), G("gmail.send")]], // never widened to gmail.modify
    [["spreadsheets.readonly", "drive.readonly"], [G("drive.readonly")]],
    [["spreadsheets", "spreadsheets.readonly", G("spreadsheets")], [G("spreadsheets")]],
    [["drive.file", "drive.metadata.readonly"], [G("drive.file"), G("drive.metadata.readonly")]],
    [[], []],
  ])("minimal form of %j is %j", (scopes, minimal) => {
    expect(minimalScopes(google, scopes)).toEqual(minimal);
  });
});

describe("GitHub scope semantics", () => {
  it.each([
    ["repo", "public_repo", true],
    ["repo", "repo:status", true],
    ["repo", "repo_deployment", true],
    ["repo", "repo:invite", true],
    ["repo", "security_events", true],
    ["public_repo", "repo", false],
    ["repo:status", "public_repo", false],
    ["user", "read:user", true],
    ["user", "user:email", true],
    ["user", "user:follow", true],
    ["read:user", "user", false],
    ["read:user", "user:email", false],
    ["admin:org", "write:org", true],
    ["admin:org", "read:org", true],
    ["write:org", "read:org", true],
    ["write:org", "admin:org", false],
    ["read:org", "write:org", false],
    ["admin:repo_hook", "read:repo_hook", true],
    ["admin:public_key", "read:public_key", true],
    ["admin:gpg_key", "write:gpg_key", true],
    ["project", "read:project", true],
    ["read:project", "project", false],
    ["repo", "user", false],
    ["REPO", "repo", true], // GitHub scopes are lower case
    ["gist", "gist", true],
  ] as const)("%s covers %s: %s", (granted, wanted, expected) => {
    expect(covers(github, granted, wanted)).toBe(expected);
  });

  it("normalizes like GitHub does: user,gist,user:email is user,gist", () => {
    expect(minimalScopes(github, ["user", "gist", "user:email"])).toEqual(["gist", "user"]);
    expect(minimalScopes(github, ["read:org", "admin:org", "write:org"])).toEqual(["admin:org"]);
    expect(missingScopes(github, ["repo", "read:org"], ["public_repo", "write:org"])).toEqual(["write:org"]);
  });

  it("does not apply to GitHub App user tokens (they come with a refresh token and no scopes)", () => {
    expect(scopesApply(github, { refreshToken: null })).toBe(true);
    expect(scopesApply(github, { refreshToken: "encrypted" })).toBe(false);
    expect(scopesApply(google, { refreshToken: "encrypted" })).toBe(true);
  });
});

describe("requiredScopes over the tool catalog", () => {
  it.each([
    ["google", ["gmail_send_email"], [G("gmail.send")]],
    ["google", ["gmail_send_email", "gmail_read_message"], [G("gmail.readonly"), G("gmail.send")]],
    ["google", ["gmail_send_email", "gmail_create_draft"], [G("gmail.compose")]],
    ["google", ["gmail_read_message", "gmail_list_labels", "gmail_modify_labels"], [G("gmail.modify")]],
    ["google", ["drive_list_files", "drive_download_file"], [G("drive.readonly")]],
    ["google", ["drive_list_files", "drive_download_file", "drive_update_file"], [G("drive")]],
    ["google", ["sheets_read_values", "sheets_write_values"], [G("spreadsheets")]],
    ["google", ["sheets_read_values", "drive_download_file"], [G("drive.readonly")]],
    ["google", ["drive_upload_file", "drive_list_files"], [G("drive.file"), G("drive.metadata.readonly")]],
    ["github", ["github_list_pull_requests", "github_get_file_contents", "github_create_pull_request"], ["repo"]],
    ["github", ["github_get_authenticated_user", "github_get_repository"], ["read:user", "repo"]],
    ["supabase", ["supabase_table_query", "supabase_rpc"], []],
    ["google", [], []],
  ] as const)("%s %j → %j", (provider, tools, expected) => {
    expect(requiredScopes(provider, tools)).toEqual(expected);
  });

  it("is minimal: no scope in the answer is covered by another, and every tool's scopes are covered", () => {
    const tools = ["gmail_send_email", "gmail_create_draft", "gmail_read_message", "drive_list_files", "drive_download_file", "sheets_read_values", "sheets_append_values"];
    const answer = requiredScopes("google", tools);
    expect(answer).toEqual([G("drive.readonly"), G("gmail.compose"), G("gmail.readonly"), G("spreadsheets")]);
    for (const s of answer) expect(answer.filter((o) => o !== s && covers(google, o, s))).toEqual([]);
    expect(missingScopes(google, answer, normalizeScopes(google, ["gmail.send", "gmail.compose", "gmail.readonly", "drive.metadata.readonly", "drive.readonly", "spreadsheets.readonly", "spreadsheets"]))).toEqual([]);
  });

  it("lists every unknown tool name, including another provider's tools", () => {
    expect(() => requiredScopes("google", ["gmail_send_email", "nope", "github_get_repository", "nope"])).toThrow(
      expect.objectContaining({ code: "BAD_USER_INPUT", details: expect.objectContaining({ unknownTools: ["nope", "github_get_repository"] }) }),
    );
  });
});
