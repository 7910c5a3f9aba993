import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeGlobalId, encodeGlobalId } from "../../src/ids.js";
import { json, stallBody } from "../fakes/server.js";
import { PUBLIC_URL, startTestGateway, type TestGateway } from "../support/gateway.js";
import { connectGithub, connectGoogle, connectSupabase, listPage } from "../support/resources.js";
import { seedResources, type ResourceFakes } from "../support/seed.js";

let gw: TestGateway;
let fakes: ResourceFakes;
let google: string;
let github: string;
let supabase: string;

beforeAll(async () => {
  gw = await startTestGateway({ env: { UPSTREAM_TIMEOUT_MS: "1500" } });
  fakes = seedResources(gw);
  google = await connectGoogle(gw, "alice");
  github = await connectGithub(gw, "alice");
  supabase = await connectSupabase(gw, "alice");
});
afterAll(() => gw.close());

/** A GraphQL request as a client would send it (variables of any JSON shape, any token). */
async function post(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await gw.app.fetch(
    new Request(`${PUBLIC_URL}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token ?? (await gw.tokenFor("alice"))}` },
      body: JSON.stringify({ query, variables }),
    }),
  );
  return { status: response.status, text: await response.clone().text(), ...((await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
}
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
const unexpectedLogged = () => gw.logs.filter((l) => l.includes("unexpected error") || l.includes('"INTERNAL_SERVER_ERROR"'));

describe("node(id) and nodes(ids)", () => {
  const NODE = "query($id: ID!) { node(id: $id) { id } }";
  const NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }";

  it("answer null, without an error or a log line, for an id that is not the caller's, is gone, or names an unknown type", async () => {
    const logged = unexpectedLogged().length;
    const gone = encodeGlobalId("IntegrationConnection", "cm0000000000000000000gone");
    const cases = {
      foreign: [google, "mallory"],
      gone: [gone, "alice"],
      unknownType: [encodeGlobalId("NoSuchType", "1"), "alice"],
      notANode: [encodeGlobalId("Viewer", "alice"), "alice"],
      foreignBinding: [encodeGlobalId("BoundResource", "cm0000000000000000000none"), "alice"],
      resourceOfAnotherProvider: [encodeGlobalId("GithubRepository", `${decodeGlobalId(google)!.id}:octocat/hello-world`), "alice"],
      malformed: ["!!not-an-id!!", "alice"],
    } as const;
    for (const [name, [id, as]] of Object.entries(cases)) {
      const result = await post(NODE, { id }, await gw.tokenFor(as));
      expect({ name, errors: result.errors, node: result.data?.node }).toEqual({ name, errors: undefined, node: null });
    }
    const mine = await post(NODES, { ids: [google, gone, encodeGlobalId("NoSuchType", "1"), github] });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.nodes).toEqual([{ id: google }, null, null, { id: github }]);
    expect(unexpectedLogged().length).toBe(logged);
  });
});

describe("variables", () => {
  const RESOURCES = "query($c: ID!, $first: Int, $type: ResourceType!) { resources(connectionId: $c, type: $type, first: $first) { edges { cursor } } }";

  it("a variable of the wrong type is BAD_USER_INPUT, as the same value inline is refused", async () => {
    for (const variables of [{ c: google, type: "GOOGLE_DRIVE_FILE", first: {} }, { c: google, type: "GOOGLE_DRIVE_FILE", first: "ten" }, { c: google, type: "NOT_A_TYPE" }]) {
      const result = await post(RESOURCES, variables);
      expect(codeOf(result), result.text).toBe("BAD_USER_INPUT");
    }
    const inline = await post(`{ resources(connectionId: "${google}", type: GOOGLE_DRIVE_FILE, first: {}) { edges { cursor } } }`);
    expect(inline.errors?.[0]?.message).toContain("Int cannot represent");
  });

  it("never quotes the variable's value back: an access token sent with a wrong field stays out of the answer", async () => {
    const token = `sbp_${"feed".repeat(10)}`;
    const result = await post("mutation($i: ConnectSupabaseInput!) { connectSupabase(input: $i) { connection { id } } }", { i: { accessToken: token, labell: "x" } });
    expect(codeOf(result)).toBe("BAD_USER_INPUT");
    expect(result.text).not.toContain(token);
    expect(gw.logs.join("\n")).not.toContain(token);
  });
});

describe("text no database can store", () => {
  const SEARCH = "query($c: ID!, $s: String) { resources(connectionId: $c, type: GOOGLE_DRIVE_FILE, search: $s) { edges { cursor } } }";

  it("a NUL or a lone surrogate in any string argument is BAD_USER_INPUT, refused before the database or an upstream", async () => {
    const before = gw.google.server.calls.length;
    for (const bad of ["a\u0000b", "a\ud800b", "\udc00"]) {
      expect(codeOf(await post(SEARCH, { c: google, s: bad }))).toBe("BAD_USER_INPUT");
      const label = await post("mutation($i: ConnectSupabaseInput!) { connectSupabase(input: $i) { connection { id } } }", { i: { accessToken: `sbp_${"5eed".repeat(10)}`, label: `x${bad}` } });
      expect(codeOf(label)).toBe("BAD_USER_INPUT");
      expect(codeOf(await post("query($id: ID!) { connection(id: $id) { id } }", { id: bad }))).toBe("BAD_USER_INPUT");
    }
    // Inline, written as a GraphQL escape.
    const inline = await post(`{ resources(connectionId: "${google}", type: GOOGLE_DRIVE_FILE, search: "a\\u0000b") { edges { cursor } } }`);
    expect(inline.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "search" });
    expect(gw.google.server.calls.length).toBe(before);
    expect(unexpectedLogged()).toEqual([]);
  });

  it("an id whose decoded form holds a NUL is not found (never sent to the database)", async () => {
    const result = await post("query($id: ID!) { connection(id: $id) { id } }", { id: encodeGlobalId("IntegrationConnection", "a\u0000b") });
    expect(codeOf(result)).toBe("NOT_FOUND");
  });

  it("a bearer token whose sub holds a NUL or a lone surrogate is UNAUTHENTICATED", async () => {
    for (const sub of ["eve\u0000admin", "eve\ud800"]) {
      const result = await post("{ viewer { id } }", {}, await gw.tokenFor(sub));
      expect(codeOf(result), result.text).toBe("UNAUTHENTICATED");
    }
    expect(unexpectedLogged()).toEqual([]);
  });
});

describe("upstream answers that are no answer", () => {
  const driveFiles = (r: { path: string }) => r.path === "/drive/v3/files";

  it("a Drive listing whose body stalls after the headers is UPSTREAM_UNAVAILABLE, not the virtual roots alone", async () => {
    gw.google.server.failNext(driveFiles, stallBody(200, '{"files": ['));
    const result = await listPage(gw, "alice", { connectionId: google, type: "GOOGLE_DRIVE_FILE" });
    expect(result.data).toBeNull();
    expect(codeOf(result)).toBe("UPSTREAM_UNAVAILABLE");
  });

  it("a 200 without the fields the listing needs is UPSTREAM_UNAVAILABLE, for every provider", async () => {
    gw.google.server.failNext(driveFiles, json(200, { kind: "drive#fileList" }));
    expect(codeOf(await listPage(gw, "alice", { connectionId: google, type: "GOOGLE_DRIVE_FILE" }))).toBe("UPSTREAM_UNAVAILABLE");
    gw.google.server.failNext(driveFiles, json(200, { files: [{ kind: "drive#file" }] }));
    expect(codeOf(await listPage(gw, "alice", { connectionId: google, type: "GOOGLE_DRIVE_FILE", parentId: fakes.ids.reports }))).toBe("UPSTREAM_UNAVAILABLE");
    gw.github.server.failNext((r) => r.path === "/user/repos", json(200, [{ id: 1 }]));
    expect(codeOf(await listPage(gw, "alice", { connectionId: github, type: "GITHUB_REPO" }))).toBe("UPSTREAM_UNAVAILABLE");
    gw.supabase.server.failNext((r) => r.path === "/v1/projects", json(200, { projects: [] }));
    expect(codeOf(await listPage(gw, "alice", { connectionId: supabase, type: "SUPABASE_DATABASE" }))).toBe("UPSTREAM_UNAVAILABLE");
    // Verifying a new key: a 200 that is not the list proves nothing (it used to connect "0 projects").
    gw.supabase.addToken(`sbp_${"0ddc".repeat(10)}`, { user: "sb-odd", projects: [], organizations: [] });
    gw.supabase.server.failNext((r) => r.path === "/v1/projects", json(200, {}));
    const odd = await post("mutation($i: ConnectSupabaseInput!) { connectSupabase(input: $i) { connection { id } } }", { i: { accessToken: `sbp_${"0ddc".repeat(10)}` } }, await gw.tokenFor("olga"));
    expect(codeOf(odd)).toBe("UPSTREAM_UNAVAILABLE");
    expect(unexpectedLogged()).toEqual([]);
  });
});

describe("a Supabase key that is refused", () => {
  it("is never echoed back, even when the upstream quotes it", async () => {
    const key = `sbp_${"badc0de".repeat(6)}`;
    gw.supabase.server.failNext((r) => r.path === "/v1/projects", json(401, { message: `Invalid access token ${key.slice(0, 20)}…` }));
    const result = await post("mutation($i: ConnectSupabaseInput!) { connectSupabase(input: $i) { connection { id } } }", { i: { accessToken: key } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "accessToken", reason: "HTTP 401" });
    expect(result.text).not.toContain(key.slice(0, 20));
    expect(gw.logs.join("\n")).not.toContain(key.slice(4, 20));
    // Characters no token has (a header could not carry them) are refused before any upstream call.
    const calls = gw.supabase.server.calls.length;
    expect(codeOf(await post("mutation($i: ConnectSupabaseInput!) { connectSupabase(input: $i) { connection { id } } }", { i: { accessToken: "sbp_abc\ndef" } }))).toBe("BAD_USER_INPUT");
    expect(gw.supabase.server.calls.length).toBe(calls);
  });
});

describe("cursors", () => {
  /** The cursor with its paging state rewritten, keeping whatever signature it had. */
  function tamper(cursor: string, edit: (state: Record<string, unknown>) => Record<string, unknown>): string {
    const dot = cursor.indexOf(".");
    const payload = dot < 0 ? cursor : cursor.slice(0, dot);
    const outer = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { l: string; a: string };
    const forged = Buffer.from(JSON.stringify({ ...outer, a: JSON.stringify(edit(JSON.parse(outer.a))) }), "utf8").toString("base64url");
    return dot < 0 ? forged : `${forged}${cursor.slice(dot)}`;
  }

  it("are tamper-evident: an edited paging state is BAD_USER_INPUT, the genuine cursor still works", async () => {
    const first = await listPage(gw, "alice", { connectionId: supabase, type: "SUPABASE_TABLE", parentId: "abcdefghijklmnopqrst", first: 5 });
    const cursor = first.data!.resources.pageInfo.endCursor!;
    const edited = await listPage(gw, "alice", { connectionId: supabase, type: "SUPABASE_TABLE", parentId: "abcdefghijklmnopqrst", first: 5, after: tamper(cursor, () => ({ o: 100 })) });
    expect(edited.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    const genuine = await listPage(gw, "alice", { connectionId: supabase, type: "SUPABASE_TABLE", parentId: "abcdefghijklmnopqrst", first: 5, after: cursor });
    expect(genuine.data!.resources.edges).toHaveLength(5);
  });
});
