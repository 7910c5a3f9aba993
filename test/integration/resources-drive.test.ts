import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { FOLDER, SPREADSHEET } from "../fakes/google-drive.js";
import type { FakeRequest } from "../fakes/server.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";
import { ADA_SUB, seedResources, type ResourceFakes } from "../support/seed.js";
import { connectGoogle, countCalls, duplicates, listPage, walk } from "../support/resources.js";

const ResourceWithTree = graphql(`
  query ResourceWithTree($connectionId: ID!, $type: ResourceType!, $id: ID!) {
    resource(connectionId: $connectionId, type: $type, id: $id) {
      id resourceId name type parentId
      parent { resourceId name }
      ancestors { resourceId name type }
      connection { id }
    }
  }
`);

const Children = graphql(`
  query Children($connectionId: ID!, $type: ResourceType!, $id: ID!, $first: Int, $after: String) {
    resource(connectionId: $connectionId, type: $type, id: $id) {
      resourceId hasChildren
      children(first: $first, after: $after) { edges { node { resourceId name type kind parentId hasChildren } } pageInfo { hasNextPage endCursor } }
    }
  }
`);

const Node = graphql(`
  query DriveNodeById($id: ID!) {
    node(id: $id) { id ... on Resource { resourceId name type } }
  }
`);

let gw: TestGateway;
let fakes: ResourceFakes;
let conn: string;
beforeAll(async () => {
  gw = await startTestGateway();
  fakes = seedResources(gw);
  conn = await connectGoogle(gw, "alice");
});
afterAll(() => gw.close());
beforeEach(() => {
  fakes.drive.shortPages = false;
});

const drive = () => fakes.drive.of(ADA_SUB);
const childrenInFake = (parent: string) => [...drive().files.values()].filter((f) => f.parents.includes(parent) && !f.trashed);
const driveListCalls = (calls: FakeRequest[]) => calls.filter((c) => c.path === "/drive/v3/files");

describe("browsing Drive as a tree", () => {
  it("lists My Drive page by page: virtual roots first, then folders, then files by name, nothing missing, duplicated or trashed", async () => {
    const { items, pageSizes } = await walk(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", first: 7 });
    expect(pageSizes.slice(0, -1).every((n) => n === 7)).toBe(true);
    expect(items.slice(0, 2).map((i) => i.resourceId)).toEqual(["sharedWithMe", "sharedDrives"]);
    const real = items.slice(2);
    const expected = childrenInFake(drive().rootId);
    expect(new Set(real.map((i) => i.resourceId)).size).toBe(real.length);
    expect(real.map((i) => i.resourceId).sort()).toEqual(expected.map((f) => f.id).sort());
    expect(real.map((i) => i.resourceId)).not.toContain(fakes.ids.trashed);
    const firstFile = real.findIndex((i) => i.kind !== "FOLDER");
    expect(real.slice(firstFile).every((i) => i.kind !== "FOLDER")).toBe(true);
    const folders = real.slice(0, firstFile).map((i) => i.name);
    expect(folders).toEqual([...folders].sort((a, b) => a.localeCompare(b)));
    expect(real.every((i) => i.parentId === drive().rootId)).toBe(true);
  });

  it("walks a folder of 272 items even when Drive answers short and empty pages, and with the maximum page size", async () => {
    fakes.drive.shortPages = true;
    const expected = childrenInFake(fakes.ids.big!).map((f) => f.id).sort();
    expect(expected.length).toBe(272);
    for (const first of [25, 100]) {
      const { items, pageSizes } = await walk(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", parentId: fakes.ids.big, first });
      expect(items.map((i) => i.resourceId).sort()).toEqual(expected);
      expect(pageSizes.every((n) => n > 0 && n <= first)).toBe(true);
      expect(pageSizes.some((n) => n < first)).toBe(true); // Drive's short pages show through, never as empty ones
      expect(items.slice(0, 12).every((i) => i.kind === "FOLDER")).toBe(true);
    }
  });

  it("resumes from any edge's cursor, not only the last one", async () => {
    const page = (await listPage(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", parentId: fakes.ids.big, first: 10 })).data!.resources;
    const next = (await listPage(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", parentId: fakes.ids.big, first: 4, after: page.edges[3]!.cursor })).data!.resources;
    expect(next.edges.map((e) => e.node.resourceId)).toEqual(page.edges.slice(4, 8).map((e) => e.node.resourceId));
  });

  it("browsing for folders lists only folders", async () => {
    const { items } = await walk(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FOLDER", parentId: fakes.ids.big, first: 5 });
    expect(items).toHaveLength(12);
    expect(items.every((i) => i.type === "GOOGLE_DRIVE_FOLDER")).toBe(true);
  });

  it("filters by MIME type (keeping folders to walk into) and by kind, in the Drive query", async () => {
    const { result, calls } = await countCalls(gw, () => walk(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", parentId: fakes.ids.big, filter: { mimeTypes: ["application/pdf"] }, first: 100 }));
    const pdfs = childrenInFake(fakes.ids.big!).filter((f) => f.mimeType === "application/pdf");
    expect(result.items.filter((i) => i.kind !== "FOLDER").map((i) => i.resourceId).sort()).toEqual(pdfs.map((f) => f.id).sort());
    expect(result.items.filter((i) => i.kind === "FOLDER")).toHaveLength(12);
    expect(driveListCalls(calls.google)[0]!.query.get("q")).toBe(`'${fakes.ids.big}' in parents and trashed = false and (mimeType = '${FOLDER}' or mimeType = 'application/pdf')`);

    const files = await walk(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", parentId: fakes.ids.big, filter: { kinds: ["FILE", "SPREADSHEET"] }, first: 100 });
    expect(files.items).toHaveLength(260);
    expect(files.items.some((i) => i.kind === "FOLDER")).toBe(false);

    // Drive's query cannot say "spreadsheets only, as a kind"; filtered pages may come back short but the walk goes on.
    const sheets = await walk(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", parentId: fakes.ids.big, filter: { kinds: ["SPREADSHEET"] }, first: 3 });
    expect(sheets.pageSizes).toContain(0);
    expect(sheets.items.map((i) => i.resourceId).sort()).toEqual(childrenInFake(fakes.ids.big!).filter((f) => f.mimeType === SPREADSHEET).map((f) => f.id).sort());
  });

  it("searches names with user input escaped: an apostrophe works, across Drive or inside one folder", async () => {
    const { result, calls } = await countCalls(gw, () => walk(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", search: "Ada's" }));
    expect(result.items.map((i) => i.name).sort()).toEqual(["Ada's budget", "Ada's notes.txt"]);
    expect(driveListCalls(calls.google)[0]!.query.get("q")).toBe("trashed = false and name contains 'Ada\\'s'");
    expect((await walk(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", search: "Partner's" })).items.map((i) => i.name)).toEqual(["Partner's plan"]);
    expect((await walk(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", search: "x' or name contains '" })).items).toEqual([]);
    const inReports = await walk(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", parentId: fakes.ids.reports, search: "report" });
    expect(inReports.items.map((i) => i.name)).toEqual(["Report 1.pdf", "Report 2.pdf", "Report 3.pdf", "Report 4.pdf", "Report 5.pdf"]);
  });

  it("reaches Shared with me and shared drives as virtual roots, with breadcrumbs back to them", async () => {
    const shared = await walk(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", parentId: "sharedWithMe" });
    expect(shared.items.map((i) => i.name)).toEqual(["Team share", "Contract.pdf", "Partner's plan"]);
    expect(shared.items.every((i) => i.parentId === "sharedWithMe")).toBe(true);
    const team = await walk(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", parentId: fakes.ids.teamShare });
    expect(team.items.map((i) => i.name)).toEqual(["Team doc 1", "Team doc 2", "Team doc 3"]);

    const drives = await walk(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", parentId: "sharedDrives" });
    expect(drives.items.map((i) => i.name)).toEqual(["Engineering", "Marketing"]);
    const { result, calls } = await countCalls(gw, () => walk(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", parentId: fakes.ids.engineering, first: 40 }));
    expect(result.items).toHaveLength(111);
    expect(driveListCalls(calls.google).every((c) => c.query.get("corpora") === "allDrives" && c.query.get("includeItemsFromAllDrives") === "true" && c.query.get("supportsAllDrives") === "true")).toBe(true);

    const spec = await gw.gql(ResourceWithTree, { connectionId: conn, type: "GOOGLE_DRIVE_FILE", id: fakes.ids.spec1! }, { as: "alice" });
    expect(spec.data!.resource.ancestors.map((a) => a.name)).toEqual(["Shared drives", "Engineering", "Specs"]);
    const doc = await gw.gql(ResourceWithTree, { connectionId: conn, type: "GOOGLE_DRIVE_FILE", id: [...drive().files.values()].find((f) => f.name === "Team doc 2")!.id }, { as: "alice" });
    expect(doc.data!.resource.ancestors.map((a) => a.resourceId)).toEqual(["sharedWithMe", fakes.ids.teamShare]);
  });

  it("parent, children and ancestors agree from a deep file up to My Drive", async () => {
    const { data } = await gw.gql(ResourceWithTree, { connectionId: conn, type: "GOOGLE_DRIVE_FILE", id: fakes.ids.report3! }, { as: "alice" });
    const r = data!.resource;
    expect(r.ancestors.map((a) => a.name)).toEqual(["My Drive", "Projects", "2026", "Q1", "Reports"]);
    expect(r.parent!.resourceId).toBe(r.parentId);
    expect(r.ancestors.at(-1)!.resourceId).toBe(r.parentId);
    expect(r.connection.id).toBe(conn);
    const chain = [...r.ancestors.map((a) => a.resourceId), r.resourceId];
    for (let i = 0; i + 1 < chain.length; i++) {
      const kids = await gw.gql(Children, { connectionId: conn, type: "GOOGLE_DRIVE_FILE", id: chain[i]!, first: 100 }, { as: "alice" });
      const found = kids.data!.resource.children.edges.map((e) => e.node).find((n) => n.resourceId === chain[i + 1]);
      expect(found?.parentId).toBe(chain[i]);
    }
    const leaf = await gw.gql(Children, { connectionId: conn, type: "GOOGLE_DRIVE_FILE", id: fakes.ids.report3! }, { as: "alice" });
    expect(leaf.data!.resource).toMatchObject({ hasChildren: false, children: { edges: [], pageInfo: { hasNextPage: false } } });
  });

  it("global ids survive the round trip through node(id), for the owner only", async () => {
    const listed = (await listPage(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", parentId: fakes.ids.reports })).data!.resources.edges[0]!.node;
    const again = await gw.gql(Node, { id: listed.id }, { as: "alice" });
    expect(again.data!.node).toMatchObject({ id: listed.id, resourceId: listed.resourceId, name: listed.name, type: listed.type });
    expect((await gw.gql(Node, { id: listed.id }, { as: "mallory" })).data!.node).toBeNull();
  });
});

describe("spreadsheets and their tabs", () => {
  it("browsing for spreadsheets lists folders and spreadsheets; a spreadsheet opens into its tabs in order", async () => {
    const root = await walk(gw, "alice", { connectionId: conn, type: "GOOGLE_SHEETS" });
    const sheetsInRoot = childrenInFake(drive().rootId).filter((f) => f.mimeType === SPREADSHEET).map((f) => f.name).sort();
    expect(sheetsInRoot.length).toBeGreaterThan(1);
    expect(root.items.filter((i) => i.kind !== "FOLDER").map((i) => i.name)).toEqual(sheetsInRoot);
    expect(root.items.filter((i) => i.kind !== "FOLDER").every((i) => i.type === "GOOGLE_SHEETS" && i.hasChildren)).toBe(true);
    const tabs = await gw.gql(Children, { connectionId: conn, type: "GOOGLE_SHEETS", id: fakes.ids.budget! }, { as: "alice" });
    const nodes = tabs.data!.resource.children.edges.map((e) => e.node);
    expect(nodes.map((n) => [n.name, n.type, n.kind])).toEqual([["Summary", "GOOGLE_SHEET_TAB", "SHEET"], ["Q1", "GOOGLE_SHEET_TAB", "SHEET"], ["Q2", "GOOGLE_SHEET_TAB", "SHEET"], ["Data – raw", "GOOGLE_SHEET_TAB", "SHEET"]]);
    expect(nodes[0]!.resourceId).toBe(`${fakes.ids.budget}:0`);
    expect(nodes.every((n) => n.parentId === fakes.ids.budget)).toBe(true);
  });

  it("lists tabs by spreadsheet id, finds one tab by id, with breadcrumbs through Drive", async () => {
    const tabs = await walk(gw, "alice", { connectionId: conn, type: "GOOGLE_SHEET_TAB", parentId: fakes.ids.quarterly, first: 2 });
    expect(tabs.items.map((t) => t.name)).toEqual(["Revenue", "Costs", "Headcount"]);
    const tab = await gw.gql(ResourceWithTree, { connectionId: conn, type: "GOOGLE_SHEET_TAB", id: tabs.items[1]!.resourceId }, { as: "alice" });
    expect(tab.data!.resource).toMatchObject({ name: "Costs", parent: { name: "Quarterly numbers" } });
    expect(tab.data!.resource.ancestors.map((a) => a.name)).toEqual(["My Drive", "Projects", "2026", "Q1", "Reports", "Quarterly numbers"]);
    const inFolder = await walk(gw, "alice", { connectionId: conn, type: "GOOGLE_SHEET_TAB", parentId: fakes.ids.reports });
    expect(inFolder.items.map((i) => [i.name, i.type])).toEqual([["Quarterly numbers", "GOOGLE_SHEETS"]]);
    const notASheet = await gw.gql(ResourceWithTree, { connectionId: conn, type: "GOOGLE_SHEETS", id: fakes.ids.notes! }, { as: "alice" });
    expect(notASheet.errors![0]!.extensions!.code).toBe("NOT_FOUND");
  });
});

describe("Gmail labels", () => {
  it("are a flat list, system labels first, paged and searchable", async () => {
    const { items } = await walk(gw, "alice", { connectionId: conn, type: "GMAIL_LABEL", first: 5 });
    expect(items).toHaveLength(22);
    expect(items.slice(0, 8).map((i) => i.name)).toEqual(["DRAFT", "IMPORTANT", "INBOX", "SENT", "SPAM", "STARRED", "TRASH", "UNREAD"]);
    expect(items.every((i) => i.kind === "LABEL" && i.parentId === null && !i.hasChildren)).toBe(true);
    const found = await walk(gw, "alice", { connectionId: conn, type: "GMAIL_LABEL", search: "o'neil" });
    expect(found.items.map((i) => i.name)).toEqual(["Clients/O'Neil & Sons"]);
  });
});

describe("upstream calls", () => {
  const Picker = graphql(`
    query PickerStep($connectionId: ID!, $a: ID!, $b: ID!) {
      a: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $a) { name parent { name } ancestors { name } }
      b: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $b) { name parent { name parent { name } } ancestors { name } }
      again: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $a) { name }
    }
  `);

  it("are never repeated within one GraphQL request", async () => {
    const { result, calls } = await countCalls(gw, () => gw.gql(Picker, { connectionId: conn, a: fakes.ids.report1!, b: fakes.ids.report2! }, { as: "alice" }));
    expect(result.errors).toBeUndefined();
    expect(result.data!.b.ancestors.map((a) => a.name)).toEqual(["My Drive", "Projects", "2026", "Q1", "Reports"]);
    expect(duplicates(calls.google)).toEqual([]);
    // report1, report2, then Reports, Q1, 2026, Projects, My Drive: once each.
    expect(calls.google).toHaveLength(7);
  });

  it("per picker step: open a folder 1, next page 1, breadcrumbs of an opened folder = its depth", async () => {
    const open = await countCalls(gw, () => listPage(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", parentId: fakes.ids.big, first: 50 }));
    expect(open.calls.google).toHaveLength(1);
    const next = await countCalls(gw, () => listPage(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", parentId: fakes.ids.big, first: 50, after: open.result.data!.resources.pageInfo.endCursor }));
    expect(next.calls.google).toHaveLength(1);
    const crumbs = await countCalls(gw, () => gw.gql(ResourceWithTree, { connectionId: conn, type: "GOOGLE_DRIVE_FOLDER", id: fakes.ids.reports! }, { as: "alice" }));
    expect(crumbs.result.data!.resource.ancestors).toHaveLength(4);
    expect(crumbs.calls.google).toHaveLength(5); // the folder itself + 4 ancestors
    const root = await countCalls(gw, () => listPage(gw, "alice", { connectionId: conn, type: "GOOGLE_DRIVE_FILE", first: 50 }));
    expect(root.calls.google).toHaveLength(1);
    expect(driveListCalls(root.calls.google)[0]!.query.get("fields")).toContain("nextPageToken");
    // Spreadsheets: a folder is one call; the tabs of a spreadsheet named by id are one lookup + one Sheets call.
    const sheetsFolder = await countCalls(gw, () => listPage(gw, "alice", { connectionId: conn, type: "GOOGLE_SHEETS", parentId: fakes.ids.reports }));
    expect(sheetsFolder.calls.google).toHaveLength(1);
    const tabs = await countCalls(gw, () => listPage(gw, "alice", { connectionId: conn, type: "GOOGLE_SHEET_TAB", parentId: fakes.ids.quarterly }));
    expect(tabs.calls.google.map((c) => c.path)).toEqual([`/drive/v3/files/${fakes.ids.quarterly}`, `/v4/spreadsheets/${fakes.ids.quarterly}`]);
  });
});

it("integrationProviders says which resource types each provider browses", async () => {
  const Providers = graphql(`query ProviderResourceTypes { integrationProviders { id resourceTypes } }`);
  const { data } = await gw.gql(Providers, {}, { as: "alice" });
  expect(data!.integrationProviders).toEqual([
    { id: "GOOGLE", resourceTypes: ["GOOGLE_DRIVE_FILE", "GOOGLE_DRIVE_FOLDER", "GOOGLE_SHEETS", "GOOGLE_SHEET_TAB", "GMAIL_LABEL"] },
    { id: "GITHUB", resourceTypes: ["GITHUB_REPO", "GITHUB_BRANCH", "GITHUB_FILE"] },
    { id: "SUPABASE", resourceTypes: ["SUPABASE_DATABASE", "SUPABASE_TABLE"] },
  ]);
});
