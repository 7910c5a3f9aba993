import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import * as generated from "../../src/gql/graphql.js";
import { QUERY_LIMIT_CODES } from "../../src/graphql/limits.js";
import { PUBLIC_URL, startTestGateway, type TestGateway } from "../support/gateway.js";
import { seedResources } from "../support/seed.js";
import { connectGithub } from "../support/resources.js";

/** POSTs a raw body to /graphql, answering the status, content type and parsed body. */
async function post(app: App, body: BodyInit, headers: Record<string, string> = {}, init: RequestInit = {}) {
  const response = await app.fetch(new Request(`${PUBLIC_URL}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body, ...init }));
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type"), body: JSON.parse(text) as { code?: string; limit?: number; data?: unknown; errors?: { message: string; extensions?: { code?: string; limit?: number } }[] } };
}
const query = (app: App, q: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => post(app, JSON.stringify({ query: q, variables }), headers);
const codes = (r: Awaited<ReturnType<typeof post>>) => (r.body.errors ?? []).map((e) => e.extensions?.code);
const stillServing = async (app: App) => expect((await query(app, "{ __typename }")).body).toEqual({ data: { __typename: "Query" } });

const FOUR_LEVELS = `query Deep($c: ID!) { resources(connectionId: $c, type: GITHUB_FILE, first: 100) { edges { node { name
  children(first: 100) { edges { node { name children(first: 100) { edges { node { name children(first: 100) { edges { node { name } } } } } } } } } } } } }`;

let gw: TestGateway;
let github: string;
beforeAll(async () => {
  gw = await startTestGateway();
  seedResources(gw);
  github = await connectGithub(gw, "alice");
});
afterAll(() => gw.close());

describe("a request body over MAX_REQUEST_BODY_BYTES (default 64 KiB) is refused before parsing", () => {
  it("10.8 MB of __typename aliases, declared by Content-Length: 413 problem+json, and the gateway keeps serving", async () => {
    const huge = JSON.stringify({ query: `{${" a:__typename".repeat(850_000)}}` });
    expect(huge.length).toBeGreaterThan(10.8e6);
    const answer = await post(gw.app, huge, { "content-length": String(Buffer.byteLength(huge)) });
    expect(answer).toMatchObject({ status: 413, type: "application/problem+json", body: { status: 413, code: "request_too_large", limit: 65_536 } });
    await stillServing(gw.app);
  });

  it("a streamed body without Content-Length is counted as it arrives and never read past the limit", async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode(`{"query":"{${" a:__typename".repeat(1000)}`.slice(0, 16_384));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Bounded: a reader that buffered everything would stop at 10 MB and the test would see it.
        if (pulled >= 10_000_000) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const answer = await post(gw.app, stream, {}, { duplex: "half" } as RequestInit);
    expect(answer).toMatchObject({ status: 413, body: { code: "request_too_large" } });
    expect(pulled).toBeLessThan(65_536 + 4 * 16_384);
    await stillServing(gw.app);
  });

  it("a body just under the limit is served", async () => {
    const q = `{ __typename${" ".repeat(60_000)}}`;
    expect((await query(gw.app, q)).body).toEqual({ data: { __typename: "Query" } });
  });
});

describe("document limits (GraphQL Armor) with stable codes and their defaults", () => {
  it("more than 1,000 tokens: MAX_TOKENS_EXCEEDED while parsing", async () => {
    const r = await query(gw.app, `{${" __typename".repeat(1001)}}`);
    expect(r.body).toEqual({ errors: [{ message: "Token limit of 1000 exceeded.", extensions: { code: QUERY_LIMIT_CODES.tokens, limit: 1000 } }] });
  });

  it("deeper than 10: MAX_DEPTH_EXCEEDED, and the 4-level children walk makes no GitHub call", async () => {
    const before = gw.github.server.calls.length;
    const r = await query(gw.app, FOUR_LEVELS, { c: github }, { authorization: `Bearer ${await gw.tokenFor("alice")}` });
    expect(codes(r)).toEqual([QUERY_LIMIT_CODES.depth]);
    expect(r.body.errors![0]!.extensions!.limit).toBe(10);
    expect(r.body.data).toBeUndefined();
    expect(gw.github.server.calls.length - before).toBe(0);
  });

  it("more than 15 aliases (__typename ones count too): MAX_ALIASES_EXCEEDED, nothing sent upstream", async () => {
    expect(codes(await query(gw.app, `{${Array.from({ length: 16 }, (_, i) => ` a${i}: __typename`).join("")} }`))).toEqual([QUERY_LIMIT_CODES.aliases]);
    expect((await query(gw.app, `{${Array.from({ length: 15 }, (_, i) => ` a${i}: __typename`).join("")} }`)).body.errors).toBeUndefined();
    const before = gw.google.server.calls.length + gw.github.server.calls.length;
    const many = `query Many($c: ID!) { ${Array.from({ length: 1000 }, (_, i) => `r${i}: resources(connectionId: $c, type: GITHUB_FILE, search: "q${i}", first: 1) { edges { node { id } } }`).join(" ")} }`;
    expect(many.length).toBeLessThan(65_536 * 2);
    const r = await query(gw.app, many, { c: github }, { authorization: `Bearer ${await gw.tokenFor("alice")}` });
    expect(codes(r).every((c) => c === QUERY_LIMIT_CODES.aliases || c === QUERY_LIMIT_CODES.tokens)).toBe(true);
    expect(r.status === 413 || codes(r).length === 1).toBe(true);
    expect(gw.google.server.calls.length + gw.github.server.calls.length - before).toBe(0);
  });

  it("more than 50 directives: MAX_DIRECTIVES_EXCEEDED", async () => {
    expect(codes(await query(gw.app, `{ __typename${" @include(if: true)".repeat(51)} }`))).toEqual([QUERY_LIMIT_CODES.directives]);
  });

  it("a document costing more than 5,000 (fragments spread many times): MAX_COST_EXCEEDED", async () => {
    const fields = "id name resourceId kind type mimeType webUrl iconUrl modifiedAt hasChildren parentId";
    const r = await query(gw.app, `query Cost($c: ID!) { resources(connectionId: $c, type: GITHUB_FILE) { edges { node { ${"...A ".repeat(60)} } } } } fragment A on Resource { ancestors { ${fields} } parent { ${fields} } }`, { c: github });
    expect(codes(r)).toEqual([QUERY_LIMIT_CODES.cost]);
    expect(r.body.errors![0]!.extensions!.limit).toBe(5000);
  });

  it("every document the page and the tests send, and every README example, fits under the defaults", async () => {
    // README examples that spread the page's fragment get its definition, as the page sends it.
    const readme = [...readFileSync(new URL("../../README.md", import.meta.url), "utf8").matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) =>
      m[1]!.includes("...PickerItem") && !m[1]!.includes("fragment PickerItem") ? `${m[1]}\n${String(generated.PickerItemFragmentDoc)}` : m[1]!,
    );
    // The typed documents of src/web and test/, as sent (fragments included).
    const documents = Object.entries(generated).filter(([name]) => name.endsWith("Document")).map(([, doc]) => String(doc));
    const all = [...documents, ...readme];
    expect(documents.length).toBeGreaterThan(40);
    const limited = new Set<string>(Object.values(QUERY_LIMIT_CODES));
    for (const doc of all) {
      const r = await query(gw.app, doc);
      expect(r.status, doc).not.toBe(413);
      expect(codes(r).filter((c) => c && limited.has(c)), doc).toEqual([]);
      expect(JSON.stringify(r.body), doc).not.toContain("Unknown fragment");
    }
  });
});

describe("each limit is set by its environment variable", () => {
  let tight: TestGateway;
  beforeAll(async () => {
    tight = await startTestGateway({
      env: { MAX_REQUEST_BODY_BYTES: "400", GRAPHQL_MAX_TOKENS: "20", GRAPHQL_MAX_DEPTH: "2", GRAPHQL_MAX_ALIASES: "1", GRAPHQL_MAX_DIRECTIVES: "1", GRAPHQL_MAX_COST: "5" },
    });
  });
  afterAll(() => tight.close());

  it("refuses at the configured numbers", async () => {
    expect(await post(tight.app, JSON.stringify({ query: `{ __typename${" ".repeat(400)}}` }))).toMatchObject({ status: 413, body: { limit: 400 } });
    expect(codes(await query(tight.app, `{${" __typename".repeat(21)}}`))).toEqual([QUERY_LIMIT_CODES.tokens]);
    expect(codes(await query(tight.app, "{ viewer { connections { id } } }"))).toEqual([QUERY_LIMIT_CODES.depth]);
    expect(codes(await query(tight.app, "{ a: __typename b: __typename }"))).toEqual([QUERY_LIMIT_CODES.aliases]);
    expect(codes(await query(tight.app, "{ __typename @include(if: true) @skip(if: false) }"))).toEqual([QUERY_LIMIT_CODES.directives]);
    expect(codes(await query(tight.app, "{ integrationProviders { id displayName authType configured resourceTypes } }"))).toEqual([QUERY_LIMIT_CODES.cost]);
    expect((await query(tight.app, "{ a: __typename }")).body).toEqual({ data: { a: "Query" } });
  });
});

describe("production: introspection, suggestions and GraphiQL are off unless switched on", () => {
  const PRODUCTION = { NODE_ENV: "production", PUBLIC_URL: "https://gateway.example" };
  let prod: TestGateway;
  let open: TestGateway;
  beforeAll(async () => {
    [prod, open] = await Promise.all([
      startTestGateway({ env: PRODUCTION }),
      startTestGateway({ env: { ...PRODUCTION, GRAPHQL_INTROSPECTION: "true", GRAPHQL_SUGGESTIONS: "true", GRAPHIQL: "true" } }),
    ]);
  });
  afterAll(() => Promise.all([prod.close(), open.close()]));

  const graphiql = (app: App) => app.fetch(new Request(`${PUBLIC_URL}/graphql`, { headers: { accept: "text/html" } }));

  it("off by default", async () => {
    for (const q of ["{ __schema { types { name } } }", '{ __type(name: "Query") { name } }']) {
      const r = await query(prod.app, q);
      expect(codes(r).length).toBeGreaterThan(0);
      expect(new Set(codes(r))).toEqual(new Set([QUERY_LIMIT_CODES.introspection]));
      expect(r.body.data).toBeUndefined();
    }
    const typo = await query(prod.app, "{ conections { id } }");
    expect(typo.body.errors![0]!.message).toContain('Cannot query field "conections"');
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean|"connections"/);
    const page = await graphiql(prod.app);
    expect(page.headers.get("content-type") ?? "").not.toContain("text/html");
    expect(await page.text()).not.toMatch(/graphiql/i);
    expect((await query(prod.app, "{ __typename }")).body).toEqual({ data: { __typename: "Query" } });
  });

  it("on when switched on (and always outside production)", async () => {
    for (const app of [open.app, gw.app]) {
      expect((await query(app, '{ __type(name: "Query") { name } }')).body).toEqual({ data: { __type: { name: "Query" } } });
      expect((await query(app, "{ conections { id } }")).body.errors![0]!.message).toContain('Did you mean "connections"');
      const page = await graphiql(app);
      expect(page.headers.get("content-type")).toContain("text/html");
      expect(await page.text()).toMatch(/graphiql/i);
    }
  });
});
