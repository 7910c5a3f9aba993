import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";
import { PROD_REF, seedResources, type ResourceFakes } from "../support/seed.js";
import { connectSupabase, countCalls, walk } from "../support/resources.js";

const Table = graphql(`
  query SupabaseTable($connectionId: ID!, $id: ID!) {
    resource(connectionId: $connectionId, type: SUPABASE_TABLE, id: $id) {
      id resourceId name parentId
      parent { resourceId name }
      ancestors { resourceId name }
      ... on SupabaseTable { projectRef schema table qualifiedName }
    }
  }
`);

const Projects = graphql(`
  query SupabaseProjects($connectionId: ID!) {
    resources(connectionId: $connectionId, type: SUPABASE_DATABASE) {
      edges { node { resourceId name hasChildren ... on SupabaseDatabase { ref status host region organizationSlug } } }
    }
  }
`);

let gw: TestGateway;
let fakes: ResourceFakes;
let conn: string;
beforeAll(async () => {
  gw = await startTestGateway();
  fakes = seedResources(gw);
  conn = await connectSupabase(gw, "alice");
});
afterAll(() => gw.close());

describe("Supabase databases and tables", () => {
  it("lists projects as databases by name; an unknown status reads UNKNOWN", async () => {
    const { data } = await gw.gql(Projects, { connectionId: conn }, { as: "alice" });
    const status = (n: object) => (n as { status?: string }).status;
    expect(data!.resources.edges.map((e) => [e.node.name, status(e.node)])).toEqual([["Analytics", "UNKNOWN"], ["Production", "ACTIVE_HEALTHY"], ["Staging", "ACTIVE_HEALTHY"]]);
    expect(data!.resources.edges[1]!.node).toMatchObject({ resourceId: PROD_REF, ref: PROD_REF, host: `db.${PROD_REF}.supabase.co`, hasChildren: true, organizationSlug: "acme" });
  });

  it("walks 236 tables page by page through the read-only SQL endpoint (201, bare array), schema-qualified", async () => {
    const { result, calls } = await countCalls(gw, () => walk(gw, "alice", { connectionId: conn, type: "SUPABASE_TABLE", parentId: PROD_REF, first: 50 }));
    const expected = fakes.database.tables.get(PROD_REF)!;
    expect(result.items).toHaveLength(expected.length);
    expect(new Set(result.items.map((i) => i.resourceId)).size).toBe(expected.length);
    expect(result.items.map((i) => i.name)).toContain('"Sales"."Q1 report"');
    expect(result.items.map((i) => i.name)).toContain("public.table_001");
    expect(result.items.every((i) => i.parentId === PROD_REF && i.kind === "TABLE")).toBe(true);
    expect(calls.supabase.map((c) => `${c.method} ${c.path}`)).toEqual(Array(result.pageSizes.length).fill(`POST /v1/projects/${PROD_REF}/database/query/read-only`));
  });

  it("searches with user input kept out of SQL: % and _ are literal, an apostrophe is fine", async () => {
    expect((await walk(gw, "alice", { connectionId: conn, type: "SUPABASE_TABLE", parentId: PROD_REF, search: "100%" })).items.map((i) => i.name)).toEqual(['public."100%_done"']);
    expect((await walk(gw, "alice", { connectionId: conn, type: "SUPABASE_TABLE", parentId: PROD_REF, search: "o'brien" })).items.map((i) => i.name)).toEqual(['public."o\'brien_notes"']);
    expect((await walk(gw, "alice", { connectionId: conn, type: "SUPABASE_TABLE", parentId: PROD_REF, search: "'; drop table x; --" })).items).toEqual([]);
  });

  it("finds a table by its id (quoted identifiers round-trip) with the project as parent and breadcrumb", async () => {
    const { data } = await gw.gql(Table, { connectionId: conn, id: `${PROD_REF}:"Sales"."Q1 report"` }, { as: "alice" });
    expect(data!.resource).toMatchObject({ schema: "Sales", table: "Q1 report", projectRef: PROD_REF, parentId: PROD_REF, parent: { name: "Production" }, ancestors: [{ resourceId: PROD_REF }] });
    const missing = await gw.gql(Table, { connectionId: conn, id: `${PROD_REF}:public.nope` }, { as: "alice" });
    expect(missing.errors![0]!.extensions!.code).toBe("NOT_FOUND");
  });

  it("browsing for tables starts at the projects", async () => {
    const { items } = await walk(gw, "alice", { connectionId: conn, type: "SUPABASE_TABLE" });
    expect(items.map((i) => [i.name, i.type])).toEqual([["Analytics", "SUPABASE_DATABASE"], ["Production", "SUPABASE_DATABASE"], ["Staging", "SUPABASE_DATABASE"]]);
  });
});
