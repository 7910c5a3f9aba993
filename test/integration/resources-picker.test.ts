import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";
import { PROD_REF, seedResources, type ResourceFakes } from "../support/seed.js";
import { connectGithub, connectGoogle, connectSupabase, listPage } from "../support/resources.js";

/** How the picker page opens an item: node(id) with its breadcrumbs and children in one request. */
const OpenNode = graphql(`
  query OpenNode($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      ... on Resource {
        id resourceId name type
        ancestors { id name }
        children(first: $first, after: $after) { edges { node { id resourceId name type hasChildren } } pageInfo { hasNextPage endCursor } }
      }
    }
  }
`);

let gw: TestGateway;
let fakes: ResourceFakes;
beforeAll(async () => {
  gw = await startTestGateway();
  fakes = seedResources(gw);
});
afterAll(() => gw.close());

const open = async (id: string, first = 100) => {
  const { data, errors } = await gw.gql(OpenNode, { id, first }, { as: "alice" });
  if (!data?.node || !("children" in data.node)) throw new Error(`open failed: ${JSON.stringify(errors)}`);
  return data.node;
};
const child = (node: Awaited<ReturnType<typeof open>>, name: string) => node.children.edges.map((e) => e.node).find((n) => n.name === name)!;

describe("opening items by global id keeps browsing for what the picker is after", () => {
  it("Drive, browsing for spreadsheet tabs: folders → spreadsheet → tabs, with breadcrumbs", async () => {
    const conn = await connectGoogle(gw, "alice");
    const top = (await listPage(gw, "alice", { connectionId: conn, type: "GOOGLE_SHEET_TAB", first: 100 })).data!.resources.edges.map((e) => e.node);
    const projects = await open(top.find((n) => n.name === "Projects")!.id);
    const reports = await open(child(await open(child(await open(child(projects, "2026").id), "Q1").id), "Reports").id);
    expect(reports.ancestors.map((a) => a.name)).toEqual(["My Drive", "Projects", "2026", "Q1"]);
    expect(reports.children.edges.map((e) => [e.node.name, e.node.type])).toEqual([["Quarterly numbers", "GOOGLE_SHEETS"]]);
    const sheet = await open(child(reports, "Quarterly numbers").id);
    expect(sheet.children.edges.map((e) => [e.node.name, e.node.type])).toEqual([["Revenue", "GOOGLE_SHEET_TAB"], ["Costs", "GOOGLE_SHEET_TAB"], ["Headcount", "GOOGLE_SHEET_TAB"]]);
    // The same folder listed while browsing for files has another id, and opens into everything in it.
    const reportsAsFile = (await listPage(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", parentId: fakes.ids.q1 })).data!.resources.edges[0]!.node;
    expect(reportsAsFile.resourceId).toBe(fakes.ids.reports);
    expect(reportsAsFile.id).not.toBe(reports.id);
    expect((await open(reportsAsFile.id)).children.edges.map((e) => [e.node.name, e.node.type])).toEqual([
      ["Quarterly numbers", "GOOGLE_DRIVE_FILE"], ["Report 1.pdf", "GOOGLE_DRIVE_FILE"], ["Report 2.pdf", "GOOGLE_DRIVE_FILE"],
      ["Report 3.pdf", "GOOGLE_DRIVE_FILE"], ["Report 4.pdf", "GOOGLE_DRIVE_FILE"], ["Report 5.pdf", "GOOGLE_DRIVE_FILE"],
    ]);
  });

  it("GitHub, browsing for repositories: a repository opens into branches, a branch into files", async () => {
    const conn = await connectGithub(gw, "alice");
    const repos = (await listPage(gw, "alice", { connectionId: conn, type: "GITHUB_REPO", search: "hello-world" })).data!.resources.edges.map((e) => e.node);
    const repo = await open(repos[0]!.id);
    expect(repo.children.edges.map((e) => e.node.name)).toEqual(["develop", "feature/login", "main", "release@2026"]);
    const branch = await open(child(repo, "main").id);
    expect(branch.ancestors.map((a) => a.name)).toEqual(["octocat/hello-world"]);
    expect(branch.children.edges.map((e) => e.node.name).slice(0, 3)).toEqual(["assets", "docs", "src"]);
    const docs = await open(child(branch, "docs").id);
    expect(docs.children.edges.map((e) => e.node.resourceId)).toEqual(["octocat/hello-world@main:docs/guide", "octocat/hello-world@main:docs/it's here.md"]);
  });

  it("Supabase, browsing for databases: a project opens into its tables, paged", async () => {
    const conn = await connectSupabase(gw, "alice");
    const projects = (await listPage(gw, "alice", { connectionId: conn, type: "SUPABASE_DATABASE" })).data!.resources.edges.map((e) => e.node);
    const prod = await open(projects.find((p) => p.resourceId === PROD_REF)!.id, 100);
    expect(prod.children.edges).toHaveLength(100);
    expect(prod.children.pageInfo.hasNextPage).toBe(true);
    expect(prod.children.edges.every((e) => e.node.type === "SUPABASE_TABLE")).toBe(true);
  });
});
