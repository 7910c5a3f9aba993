import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../../src/gql/index.js";
import { startTestGateway, type TestGateway } from "../support/gateway.js";
import { seedResources, type ResourceFakes } from "../support/seed.js";
import { connectGithub, countCalls, duplicates, listPage, walk } from "../support/resources.js";

const Tree = graphql(`
  query GithubTree($connectionId: ID!, $type: ResourceType!, $id: ID!) {
    resource(connectionId: $connectionId, type: $type, id: $id) {
      id resourceId name type kind parentId
      parent { resourceId }
      ancestors { resourceId name type kind }
      ... on GithubFile { repository ref path entryType sha size }
      ... on GithubBranch { repository commitSha protected }
      ... on GithubRepository { fullName owner private defaultBranch visibility }
    }
  }
`);

const Node = graphql(`
  query GithubNode($id: ID!) { node(id: $id) { id ... on Resource { resourceId name } } }
`);

let gw: TestGateway;
let fakes: ResourceFakes;
let conn: string;
beforeAll(async () => {
  gw = await startTestGateway();
  fakes = seedResources(gw);
  conn = await connectGithub(gw, "alice", ["repo"]);
});
afterAll(() => gw.close());

const allRepoNames = () => [...fakes.repos.repos.values()].map((r) => `${r.owner}/${r.name}`).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));

describe("GitHub repositories", () => {
  it("walks every repository across owner, collaborator and organization affiliation, following Link pagination", async () => {
    expect(allRepoNames().length).toBeGreaterThan(100);
    for (const first of [100, 37]) {
      const { result, calls } = await countCalls(gw, () => walk(gw, "alice", { connectionId: conn, type: "GITHUB_REPO", first }));
      expect(result.items.map((i) => i.resourceId)).toEqual(allRepoNames());
      const repoCalls = calls.github.filter((c) => c.path === "/user/repos");
      expect(repoCalls.every((c) => c.query.get("per_page") === "100" && c.query.get("affiliation") === "owner,collaborator,organization_member")).toBe(true);
      expect(new Set(repoCalls.map((c) => c.query.get("page")))).toEqual(new Set(["1", "2"]));
    }
  });

  it("sees only public repositories without the repo scope", async () => {
    const publicOnly = await connectGithub(gw, "bob", ["read:user"]);
    const { items } = await walk(gw, "bob", { connectionId: publicOnly, type: "GITHUB_REPO", first: 100 });
    const expected = [...fakes.repos.repos.values()].filter((r) => !r.private).length;
    expect(items).toHaveLength(expected);
  });

  it("searches repository names across pages", async () => {
    const { items } = await walk(gw, "alice", { connectionId: conn, type: "GITHUB_REPO", search: "service-1", first: 4 });
    expect(items.map((i) => i.name)).toEqual(Array.from({ length: 10 }, (_, i) => `acme-org/service-${10 + i}`));
  });

  it("walks 130 branches page by page; branch ids with / and @ round-trip", async () => {
    const { items } = await walk(gw, "alice", { connectionId: conn, type: "GITHUB_BRANCH", parentId: "octocat/many-branches", first: 50 });
    expect(items).toHaveLength(130);
    expect(new Set(items.map((i) => i.resourceId)).size).toBe(130);
    const hello = await walk(gw, "alice", { connectionId: conn, type: "GITHUB_FILE", parentId: "octocat/hello-world" });
    expect(hello.items.map((i) => i.resourceId)).toEqual(["octocat/hello-world@develop", "octocat/hello-world@feature/login", "octocat/hello-world@main", "octocat/hello-world@release@2026"]);
    const release = await gw.gql(Tree, { connectionId: conn, type: "GITHUB_BRANCH", id: "octocat/hello-world@release@2026" }, { as: "alice" });
    expect(release.data!.resource).toMatchObject({ name: "release@2026", repository: "octocat/hello-world", parentId: "octocat/hello-world", ancestors: [{ resourceId: "octocat/hello-world", type: "GITHUB_REPO" }] });
    const changelog = await walk(gw, "alice", { connectionId: conn, type: "GITHUB_FILE", parentId: "octocat/hello-world@release@2026" });
    expect(changelog.items.map((i) => i.resourceId)).toEqual(["octocat/hello-world@release@2026:CHANGELOG.md"]);
  });
});

describe("GitHub directory trees", () => {
  it("lists a branch's root with directories first, and pages a 150-entry directory", async () => {
    const root = await walk(gw, "alice", { connectionId: conn, type: "GITHUB_FILE", parentId: "octocat/hello-world@main" });
    expect(root.items.map((i) => [i.name, i.kind])).toEqual([["assets", "FOLDER"], ["docs", "FOLDER"], ["src", "FOLDER"], ["package.json", "FILE"], ["README.md", "FILE"]]);
    const assets = await walk(gw, "alice", { connectionId: conn, type: "GITHUB_FILE", parentId: "octocat/hello-world@main:assets", first: 40 });
    expect(assets.items).toHaveLength(150);
    expect(assets.items.every((i) => i.parentId === "octocat/hello-world@main:assets")).toBe(true);
  });

  it("parent, ancestors and children agree for a deep file; ids survive node(id)", async () => {
    const id = "octocat/hello-world@main:src/lib/utils/strings.ts";
    const { data } = await gw.gql(Tree, { connectionId: conn, type: "GITHUB_FILE", id }, { as: "alice" });
    const r = data!.resource;
    expect(r).toMatchObject({ name: "strings.ts", kind: "FILE", path: "src/lib/utils/strings.ts", ref: "main", repository: "octocat/hello-world", entryType: "file", parentId: "octocat/hello-world@main:src/lib/utils" });
    expect(r.parent!.resourceId).toBe(r.parentId);
    expect(r.ancestors.map((a) => a.name)).toEqual(["octocat/hello-world", "main", "src", "lib", "utils"]);
    const chain = [...r.ancestors.map((a) => a.resourceId), id];
    for (let i = 0; i + 1 < chain.length; i++) {
      const { items } = await walk(gw, "alice", { connectionId: conn, type: "GITHUB_FILE", parentId: chain[i]!, first: 100 });
      expect(items.find((c) => c.resourceId === chain[i + 1])?.parentId).toBe(chain[i]);
    }
    const quoted = await gw.gql(Tree, { connectionId: conn, type: "GITHUB_FILE", id: "octocat/hello-world@main:docs/it's here.md" }, { as: "alice" });
    expect((await gw.gql(Node, { id: quoted.data!.resource.id }, { as: "alice" })).data!.node).toMatchObject({ resourceId: "octocat/hello-world@main:docs/it's here.md", name: "it's here.md" });
  });

  it("re-browsing the same tree is answered with 304s that cost no rate limit", async () => {
    const browse = async () => {
      await listPage(gw, "alice", { connectionId: conn, type: "GITHUB_FILE", first: 100 });
      await listPage(gw, "alice", { connectionId: conn, type: "GITHUB_FILE", parentId: "octocat/hello-world" });
      await listPage(gw, "alice", { connectionId: conn, type: "GITHUB_FILE", parentId: "octocat/hello-world@develop" });
      await listPage(gw, "alice", { connectionId: conn, type: "GITHUB_FILE", parentId: "octocat/hello-world@develop:docs/guide" });
      await gw.gql(Tree, { connectionId: conn, type: "GITHUB_FILE", id: "octocat/hello-world@develop:docs/guide/intro.md" }, { as: "alice" });
    };
    const first = await countCalls(gw, browse);
    const remaining = gw.github.rateLimit.remaining;
    const notModified = fakes.repos.counters.notModified;
    const again = await countCalls(gw, browse);
    expect(again.calls.github).toHaveLength(first.calls.github.length);
    expect(again.calls.github.every((c) => c.headers["if-none-match"])).toBe(true);
    expect(fakes.repos.counters.notModified - notModified).toBe(again.calls.github.length);
    expect(gw.github.rateLimit.remaining).toBe(remaining);
  });

  it("makes no duplicate call within one request and reports calls per picker step", async () => {
    const step = (variables: Parameters<typeof listPage>[2]) => countCalls(gw, () => listPage(gw, "bob-picker", variables));
    const picker = await connectGithub(gw, "bob-picker", ["repo"]);
    const open = await step({ connectionId: picker, type: "GITHUB_FILE", parentId: "octocat/hello-world@feature/login:assets", first: 50 });
    expect(open.calls.github).toHaveLength(1);
    const next = await step({ connectionId: picker, type: "GITHUB_FILE", parentId: "octocat/hello-world@feature/login:assets", first: 50, after: open.result.data!.resources.pageInfo.endCursor });
    expect(next.calls.github).toHaveLength(1);
    expect(next.calls.github[0]!.headers["if-none-match"]).toBeTruthy(); // the same listing, revalidated
    const crumbs = await countCalls(gw, () => gw.gql(Tree, { connectionId: picker, type: "GITHUB_FILE", id: "octocat/hello-world@feature/login:src/lib/utils/dates.ts" }, { as: "bob-picker" }));
    expect(crumbs.result.data!.resource.ancestors).toHaveLength(5);
    expect(duplicates(crumbs.calls.github)).toEqual([]);
    expect(crumbs.calls.github).toHaveLength(3); // the file's directory listing, the repository, the branch
  });
});
