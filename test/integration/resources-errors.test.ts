import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { decodeGlobalId } from "../../src/ids.js";
import { cursorCodec } from "../../src/services/resource-cursors.js";
import { googleError } from "../fakes/google-drive.js";
import { json } from "../fakes/server.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";
import { PROD_REF, seedResources, SUPABASE_TOKEN, type ResourceFakes } from "../support/seed.js";
import { connectGithub, connectGoogle, connectSupabase, listPage } from "../support/resources.js";

const ConnectionStatus = graphql(`
  query ConnectionStatus($id: ID!) { connection(id: $id) { status statusReason } }
`);
const OneResource = graphql(`
  query OneResource($connectionId: ID!, $type: ResourceType!, $id: ID!) {
    resource(connectionId: $connectionId, type: $type, id: $id) { resourceId name }
  }
`);

let gw: TestGateway;
let fakes: ResourceFakes;
let google: string;
let github: string;
let supabase: string;
let releaseHang: () => void;
const hang = new Promise<void>((resolve) => (releaseHang = resolve));

beforeAll(async () => {
  gw = await startTestGateway({ env: { UPSTREAM_TIMEOUT_MS: "1000" } });
  // A Drive search for "hang" never answers in time.
  gw.google.use(async (req) => (req.query.get("q")?.includes("'hang'") ? (await hang, json(200, { files: [] })) : undefined));
  fakes = seedResources(gw);
  google = await connectGoogle(gw, "alice");
  github = await connectGithub(gw, "alice");
  supabase = await connectSupabase(gw, "alice");
});
afterAll(async () => {
  releaseHang();
  await gw.close();
});

const list = (connectionId: string, extra: Partial<Parameters<typeof listPage>[2]> = {}, as = "alice") =>
  listPage(gw, as, { connectionId, type: "GOOGLE_DRIVE_FILE", ...extra });
const errorOf = async (promise: ReturnType<typeof listPage> | ReturnType<typeof gw.gql>) => {
  const result = await promise;
  expect(result.errors, JSON.stringify(result.data)).toBeDefined();
  return result.errors![0]!.extensions as Record<string, unknown> & { code: string };
};
const driveFiles = (r: { path: string }) => r.path === "/drive/v3/files";

describe("asking for the wrong thing", () => {
  it("caps first at 100 and refuses 0", async () => {
    expect(await errorOf(list(google, { first: 101 }))).toMatchObject({ code: "BAD_USER_INPUT", field: "first", max: 100 });
    expect(await errorOf(list(google, { first: 0 }))).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("refuses cursors it did not issue or that belong to another listing", async () => {
    expect(await errorOf(list(google, { after: "bm90IGEgY3Vyc29y" }))).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    const page = await list(google, { parentId: fakes.ids.big, first: 5 });
    expect(await errorOf(list(google, { parentId: fakes.ids.projects, after: page.data!.resources.pageInfo.endCursor }))).toMatchObject({ code: "BAD_USER_INPUT" });
    // Signed with the gateway's own key (as only the server can), but with a paging state it never wrote.
    const forged = cursorCodec(gw.config.oauthStateSecret).encode({ connectionId: decodeGlobalId(google)!.id, type: "GOOGLE_DRIVE_FILE", parentId: null, filter: {}, search: null }, "{not json");
    expect(await errorOf(list(google, { after: forged }))).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("refuses a resource type the provider does not have", async () => {
    expect(await errorOf(listPage(gw, "alice", { connectionId: google, type: "GITHUB_REPO" }))).toMatchObject({ code: "BAD_USER_INPUT", field: "type" });
  });

  it("treats another user's connection exactly like one that does not exist", async () => {
    expect(await errorOf(list(google, {}, "mallory"))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(gw.gql(OneResource, { connectionId: github, type: "GITHUB_REPO", id: "octocat/hello-world" }, { as: "mallory" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(list("SW50ZWdyYXRpb25Db25uZWN0aW9uOm5vcGU"))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(list(google, {}, null as unknown as string))).toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("Google failures", () => {
  it("refreshes an expired access token once and carries on", async () => {
    gw.google.expireAccessTokens();
    const refreshes = gw.google.counters.refresh;
    const result = await list(google, { parentId: fakes.ids.reports });
    expect(result.data!.resources.edges.length).toBeGreaterThan(0);
    expect(gw.google.counters.refresh).toBe(refreshes + 1);
  });

  it("reports insufficient scope with the missing scopes", async () => {
    gw.google.account = { sub: "990000000000000000009", email: "narrow@example.com" };
    const narrow = await connectGoogle(gw, "nora", ["gmail.readonly"]);
    expect(await errorOf(list(narrow, {}, "nora"))).toMatchObject({ code: "INSUFFICIENT_SCOPE", missingScopes: ["https://www.googleapis.com/auth/drive.readonly"], connectionId: narrow, provider: "google" });
    expect((await listPage(gw, "nora", { connectionId: narrow, type: "GMAIL_LABEL" })).data!.resources.edges).toEqual([]);
  });

  it("maps not found and no access to NOT_FOUND", async () => {
    expect(await errorOf(gw.gql(OneResource, { connectionId: google, type: "GOOGLE_DRIVE_FILE", id: "1NoSuchFile" }, { as: "alice" }))).toMatchObject({ code: "NOT_FOUND" });
    gw.google.server.failNext((r) => r.path.startsWith("/drive/v3/files/"), googleError(403, "The user does not have sufficient permissions for this file.", "insufficientFilePermissions", { status: "PERMISSION_DENIED" }));
    expect(await errorOf(gw.gql(OneResource, { connectionId: google, type: "GOOGLE_DRIVE_FILE", id: fakes.ids.report4! }, { as: "alice" }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("maps 429 and 403 usage limits to RATE_LIMITED with retryAfter", async () => {
    gw.google.server.failNext(driveFiles, { ...googleError(429, "Rate Limit Exceeded", "rateLimitExceeded", { domain: "usageLimits", status: "RESOURCE_EXHAUSTED" }), headers: { "retry-after": "7" } });
    expect(await errorOf(list(google))).toMatchObject({ code: "RATE_LIMITED", retryAfter: 7 });
    gw.google.server.failNext(driveFiles, googleError(403, "User Rate Limit Exceeded", "userRateLimitExceeded", { domain: "usageLimits", status: "PERMISSION_DENIED" }));
    expect(await errorOf(list(google))).toMatchObject({ code: "RATE_LIMITED", retryAfter: 60 });
  });

  it("maps 5xx, a dropped connection and a timeout to UPSTREAM_UNAVAILABLE", async () => {
    gw.google.server.failNext(driveFiles, googleError(503, "The service is currently unavailable.", "backendError", { status: "UNAVAILABLE" }));
    expect(await errorOf(list(google))).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
    gw.google.server.failNext(driveFiles, "drop");
    expect(await errorOf(list(google))).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
    expect(await errorOf(list(google, { search: "hang" }))).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
  });

  it("a revoked grant becomes RECONNECT_REQUIRED and marks the connection NEEDS_REAUTH", async () => {
    gw.google.account = { sub: "880000000000000000008", email: "gone@example.com" };
    const doomed = await connectGoogle(gw, "gina");
    gw.google.revokeGrant("880000000000000000008");
    expect(await errorOf(list(doomed, {}, "gina"))).toMatchObject({ code: "RECONNECT_REQUIRED", reason: "REVOKED" });
    expect((await gw.gql(ConnectionStatus, { id: doomed }, { as: "gina" })).data!.connection).toEqual({ status: "NEEDS_REAUTH", statusReason: "REVOKED" });
  });
});

describe("GitHub failures", () => {
  const repos = (connectionId = github, as = "alice") => listPage(gw, as, { connectionId, type: "GITHUB_REPO", first: 5 });

  it("maps an exhausted primary rate limit (403, remaining 0) to RATE_LIMITED until the reset", async () => {
    const saved = { ...gw.github.rateLimit };
    gw.github.rateLimit.remaining = 0;
    gw.github.rateLimit.reset = Math.floor(Date.now() / 1000) + 600;
    const error = await errorOf(repos());
    Object.assign(gw.github.rateLimit, saved);
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.retryAfter).toBeGreaterThan(500);
    expect(error.retryAfter).toBeLessThanOrEqual(600);
  });

  it("maps secondary rate limits (403 or 429) to RATE_LIMITED with retry-after, else 60 s", async () => {
    const secondary = { message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.", documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api" };
    gw.github.server.failNext((r) => r.path === "/user/repos", json(403, secondary, { "retry-after": "42", "x-ratelimit-remaining": "4000" }));
    expect(await errorOf(repos())).toMatchObject({ code: "RATE_LIMITED", retryAfter: 42 });
    gw.github.server.failNext((r) => r.path === "/user/repos", json(429, secondary, { "x-ratelimit-remaining": "4000", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3000) }));
    expect(await errorOf(repos())).toMatchObject({ code: "RATE_LIMITED", retryAfter: 60 });
  });

  it("maps a missing permission to INSUFFICIENT_SCOPE, a missing repository to NOT_FOUND, 5xx to UPSTREAM_UNAVAILABLE", async () => {
    gw.github.server.failNext((r) => r.path === "/user/repos", json(403, { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest", status: "403" }, { "x-accepted-oauth-scopes": "repo", "x-oauth-scopes": "" }));
    expect(await errorOf(repos())).toMatchObject({ code: "INSUFFICIENT_SCOPE", missingScopes: ["repo"] });
    expect(await errorOf(gw.gql(OneResource, { connectionId: github, type: "GITHUB_REPO", id: "octocat/does-not-exist" }, { as: "alice" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(gw.gql(OneResource, { connectionId: github, type: "GITHUB_FILE", id: "octocat/hello-world@main:no/such.txt" }, { as: "alice" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await errorOf(gw.gql(OneResource, { connectionId: github, type: "GITHUB_REPO", id: "not a repo id" }, { as: "alice" }))).toMatchObject({ code: "NOT_FOUND" });
    gw.github.server.failNext((r) => r.path === "/user/repos", json(502, { message: "Server Error" }));
    expect(await errorOf(repos())).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
  });

  it("a revoked token becomes RECONNECT_REQUIRED and NEEDS_REAUTH", async () => {
    gw.github.user = { id: 777, login: "revoked-user" };
    const doomed = await connectGithub(gw, "greg");
    gw.github.revokeAll(777);
    expect(await errorOf(repos(doomed, "greg"))).toMatchObject({ code: "RECONNECT_REQUIRED" });
    expect((await gw.gql(ConnectionStatus, { id: doomed }, { as: "greg" })).data!.connection.status).toBe("NEEDS_REAUTH");
  });
});

describe("Supabase failures", () => {
  const tables = (connectionId = supabase, as = "alice") => listPage(gw, as, { connectionId, type: "SUPABASE_TABLE", parentId: PROD_REF });

  it("maps a token without database permission to INSUFFICIENT_SCOPE, an unknown project to NOT_FOUND, 429 to RATE_LIMITED", async () => {
    fakes.database.withoutDatabaseAccess.add("sb-user-1");
    const denied = await errorOf(tables());
    fakes.database.withoutDatabaseAccess.delete("sb-user-1");
    expect(denied).toMatchObject({ code: "INSUFFICIENT_SCOPE", missingScopes: ["database:read"] });
    expect(await errorOf(listPage(gw, "alice", { connectionId: supabase, type: "SUPABASE_TABLE", parentId: "zzzzzzzzzzzzzzzzzzzz" }))).toMatchObject({ code: "NOT_FOUND" });
    gw.supabase.server.failNext((r) => r.path.endsWith("/read-only"), json(429, { message: "Too many requests" }, { "retry-after": "30" }));
    expect(await errorOf(tables())).toMatchObject({ code: "RATE_LIMITED", retryAfter: 30 });
  });

  it("a token Supabase no longer accepts becomes RECONNECT_REQUIRED and NEEDS_REAUTH", async () => {
    const token = `sbp_${"d00d".repeat(10)}`;
    gw.supabase.addToken(token, { user: "sb-user-2", projects: [], organizations: [] });
    const doomed = await connectSupabase(gw, "sam", token);
    gw.supabase.tokens.delete(token);
    expect(await errorOf(listPage(gw, "sam", { connectionId: doomed, type: "SUPABASE_DATABASE" }))).toMatchObject({ code: "RECONNECT_REQUIRED" });
    expect((await gw.gql(ConnectionStatus, { id: doomed }, { as: "sam" })).data!.connection.status).toBe("NEEDS_REAUTH");
  });
});

it("never logs or returns an upstream token", async () => {
  const tokens = [...gw.google.accessTokens.keys(), ...gw.github.tokens.keys(), SUPABASE_TOKEN];
  const logs = gw.logs.join("\n");
  expect(tokens.filter((t) => logs.includes(t))).toEqual([]);
  expect(gw.logs.some((l) => l.includes('"INTERNAL_SERVER_ERROR"') || l.includes("unexpected error"))).toBe(false);
});
