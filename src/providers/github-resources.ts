import { AppError } from "../errors.js";
import { UpstreamError, type UpstreamResponse } from "./http.js";
import { resourceType } from "./resource-info.js";
import { expectList, expectObject } from "./shape.js";
import { byContainerThenName, matchesFilter, nameMatches, pageOfList, parseLinkHeader, readState, stateInt } from "./paging.js";
import type { ResourceHttp, ResourceItem, ResourceListQuery, ResourcePage, ResourceProvider, ResourceRef, ResourceTypeSpec, UpstreamErrorClass } from "./types.js";

// GitHub REST (upstream-apis §4): per_page max 100, Link pagination, ETags whose 304s cost no rate limit.
const PER_PAGE = 100;
/** With a search or filter, one GraphQL page scans at most this many upstream pages (endCursor resumes). */
const SCAN_PAGES = 10;
const REPO_QUERY = "affiliation=owner,collaborator,organization_member&sort=full_name";
const SCOPES = ["repo"];

export const GITHUB_RESOURCE_TYPES = [
  resourceType("GITHUB_REPO", "GithubRepository", "A repository the user owns, collaborates on or sees through an organization (id: `owner/repo`).", [
    ["fullName", "String", false, "owner/repo."], ["owner", "String", false, "The owning user's or organization's login."], ["private", "Boolean", false, "Whether the repository is private."], ["visibility", "String", false, "public, private or internal."], ["defaultBranch", "String", true, "The branch a clone checks out."],
    ["fork", "Boolean", false, "Whether it is a fork."], ["archived", "Boolean", false, "Whether it is archived (read-only)."], ["description", "String", true, "The repository's description."],
  ]),
  resourceType("GITHUB_BRANCH", "GithubBranch", "A branch (id: `owner/repo@branch`).", [["repository", "String", false, "owner/repo"], ["commitSha", "String", false, "The commit the branch points at."], ["protected", "Boolean", false, "Whether branch protection is on."]]),
  resourceType("GITHUB_FILE", "GithubFile", "A file or directory at a branch (id: `owner/repo@branch:path`).", [
    ["repository", "String", false, "owner/repo"], ["ref", "String", false, "The branch."], ["path", "String", false, "The path from the repository root."],
    ["entryType", "String", false, "file, dir, symlink or submodule."], ["sha", "String", true, "The blob or tree SHA."], ["size", "Int", true, "Bytes (files only)."],
  ]),
];

interface Repo { full_name: string; name: string; owner: { login: string; avatar_url?: string }; private: boolean; visibility?: string; default_branch?: string; fork?: boolean; archived?: boolean; description?: string | null; html_url: string; pushed_at?: string | null; updated_at?: string | null }
interface Branch { name: string; commit: { sha: string }; protected?: boolean }
interface Entry { type: string; name: string; path: string; sha: string; size?: number; html_url?: string | null }

/** `owner/repo`, `owner/repo@branch`, `owner/repo@branch:path` (git refs cannot contain `:`). */
export interface GithubId { repo: string; branch?: string; path?: string }
export function parseGithubId(id: string): GithubId {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*)\/[A-Za-z0-9._-]+)(?:@([^:]+)(?::(.+))?)?$/.exec(id);
  // Dot segments would let the URL resolve to another endpoint: no repository, ref or path has them.
  const dotSegment = (s: string | undefined) => !!s && s.split("/").some((part) => part === "." || part === "..");
  if (!match || dotSegment(match[1]) || dotSegment(match[2]) || dotSegment(match[3])) {
    throw new AppError("NOT_FOUND", "Not a GitHub resource id (owner/repo, owner/repo@branch or owner/repo@branch:path)", { id });
  }
  return { repo: match[1]!, branch: match[2], path: match[3]?.replace(/^\/+|\/+$/g, "") || undefined };
}

const seg = (s: string) => s.split("/").map(encodeURIComponent).join("/");
const repoOf = (r: Repo): ResourceItem => ({
  type: "GITHUB_REPO", id: r.full_name, name: r.full_name, kind: "REPOSITORY", mimeType: null, webUrl: r.html_url, iconUrl: r.owner.avatar_url ?? null,
  modifiedAt: date(r.pushed_at ?? r.updated_at), hasChildren: true, parent: null,
  attributes: { fullName: r.full_name, owner: r.owner.login, private: r.private, visibility: r.visibility ?? (r.private ? "private" : "public"), defaultBranch: r.default_branch ?? null, fork: !!r.fork, archived: !!r.archived, description: r.description ?? null },
});
const branchOf = (repo: string, b: Branch): ResourceItem => ({
  type: "GITHUB_BRANCH", id: `${repo}@${b.name}`, name: b.name, kind: "BRANCH", mimeType: null, webUrl: `https://github.com/${repo}/tree/${seg(b.name)}`, iconUrl: null,
  modifiedAt: null, hasChildren: true, parent: { type: "GITHUB_REPO", id: repo },
  attributes: { repository: repo, commitSha: b.commit.sha, protected: !!b.protected },
});
const parentOfPath = (repo: string, branch: string, path: string): ResourceRef =>
  path.includes("/") ? { type: "GITHUB_FILE", id: `${repo}@${branch}:${path.slice(0, path.lastIndexOf("/"))}` } : { type: "GITHUB_BRANCH", id: `${repo}@${branch}` };
const entryOf = (repo: string, branch: string, e: Pick<Entry, "type" | "name" | "path"> & Partial<Entry>): ResourceItem => ({
  type: "GITHUB_FILE", id: `${repo}@${branch}:${e.path}`, name: e.name, kind: e.type === "dir" ? "FOLDER" : "FILE", mimeType: null,
  webUrl: e.html_url ?? `https://github.com/${repo}/${e.type === "dir" ? "tree" : "blob"}/${seg(branch)}/${seg(e.path)}`, iconUrl: null,
  modifiedAt: null, hasChildren: e.type === "dir", parent: parentOfPath(repo, branch, e.path),
  attributes: { repository: repo, ref: branch, path: e.path, entryType: e.type, sha: e.sha ?? null, size: e.type === "dir" ? null : (e.size ?? null) },
});
const date = (s: string | null | undefined) => (s ? new Date(s) : null);
// What the parsers read without a fallback: an answer without it is no answer (UPSTREAM_UNAVAILABLE).
const REPO_SHAPE = { full_name: "string", name: "string", html_url: "string", owner: "object", private: "boolean" } as const;
const ENTRY_SHAPE = { type: "string", name: "string", path: "string" } as const;
const repo = (raw: unknown) => {
  const r = expectObject<Repo>("github", raw, "a repository", REPO_SHAPE);
  expectObject("github", r.owner, "a repository's owner", { login: "string" });
  return repoOf(r);
};
const branch = (repoName: string, raw: unknown) => {
  const b = expectObject<Branch>("github", raw, "a branch", { name: "string", commit: "object" });
  expectObject("github", b.commit, "a branch's commit", { sha: "string" });
  return branchOf(repoName, b);
};
const isDir = (i: ResourceItem) => i.kind === "FOLDER";

function arrayBody<T>(response: UpstreamResponse<unknown>, what: string): T[] {
  if (!Array.isArray(response.body)) throw new UpstreamError("body", "github", `github answered ${what} without a list`);
  return response.body as T[];
}

export function createGithubResources(apiBaseUrl: string): ResourceProvider {
  const api = (path: string) => `${apiBaseUrl}${path}`;
  const get = <T>(http: ResourceHttp, path: string) => http.get<T>(api(path), { conditional: true });

  /** Walks Link-paginated pages from a {page, skip} position, keeping what matches, until `first` are found. */
  async function scan(http: ResourceHttp, path: (page: number) => string, map: (raw: unknown) => ResourceItem, q: ResourceListQuery): Promise<ResourcePage> {
    const state = q.after ? readState(q.after) : {};
    let page = stateInt(state, "p", 1) || 1;
    let skip = stateInt(state, "s", 0);
    const items: ResourcePage["items"] = [];
    for (let scanned = 0; ; scanned++) {
      const response = await get<unknown>(http, path(page));
      const rows = arrayBody<unknown>(response, "a page");
      const next = parseLinkHeader(response.headers.get("link")).next;
      const nextPage = next ? Number(new URL(next, apiBaseUrl).searchParams.get("page")) || null : null;
      for (let i = skip; i < rows.length; i++) {
        const item = map(rows[i]!);
        if (!nameMatches(item.name, q.search) || !matchesFilter(item, q.filter, item.hasChildren)) continue;
        if (items.length === q.first) return { items, hasNextPage: true, resume: JSON.stringify({ p: page, s: i }) };
        const after = i + 1 < rows.length ? { p: page, s: i + 1 } : nextPage ? { p: nextPage, s: 0 } : null;
        items.push({ item, after: after && JSON.stringify(after) });
      }
      if (!nextPage) return { items, hasNextPage: false };
      if (items.length === q.first || scanned + 1 >= SCAN_PAGES) return { items, hasNextPage: true, resume: JSON.stringify({ p: nextPage, s: 0 }) };
      page = nextPage;
      skip = 0;
    }
  }

  const listRepos = (http: ResourceHttp, q: ResourceListQuery) => scan(http, (p) => `/user/repos?${REPO_QUERY}&per_page=${PER_PAGE}&page=${p}`, repo, q);
  const listBranches = (http: ResourceHttp, repo: string, q: ResourceListQuery) =>
    scan(http, (p) => `/repos/${repo}/branches?per_page=${PER_PAGE}&page=${p}`, (b) => branch(repo, b), q);

  async function directory(http: ResourceHttp, repo: string, branch: string, path: string | undefined): Promise<ResourceItem[] | null> {
    const response = await get<unknown>(http, `/repos/${repo}/contents${path ? `/${seg(path)}` : ""}?ref=${encodeURIComponent(branch)}`);
    // GitHub: a directory answers an array, a file an object.
    if (!Array.isArray(response.body)) return null;
    return expectList<Entry>("github", response.body, "a directory", ENTRY_SHAPE).map((e) => entryOf(repo, branch, e));
  }

  async function listContents(http: ResourceHttp, id: GithubId, q: ResourceListQuery): Promise<ResourcePage> {
    const entries = (await directory(http, id.repo, id.branch!, id.path)) ?? [];
    const kept = entries.filter((i) => nameMatches(i.name, q.search) && matchesFilter(i, q.filter, isDir(i))).sort(byContainerThenName(isDir));
    return pageOfList(kept, q.first, q.after);
  }

  const getRepo = async (http: ResourceHttp, name: string) => repo((await get<unknown>(http, `/repos/${name}`)).body);
  const getBranch = async (http: ResourceHttp, name: string, ref: string) => branch(name, (await get<unknown>(http, `/repos/${name}/branches/${seg(ref)}`)).body);
  async function getPath(http: ResourceHttp, id: GithubId): Promise<ResourceItem> {
    const path = id.path!;
    const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : undefined;
    const found = (await directory(http, id.repo, id.branch!, dir))?.find((e) => (e.attributes.path as string) === path);
    if (!found) throw new AppError("NOT_FOUND", `${path} is not in ${id.repo}@${id.branch}`, { provider: "github" });
    return found;
  }

  /** Repos → branches → directories: each type lists the levels above it too, so the picker can walk down. */
  const level = (q: ResourceListQuery): GithubId | null => (q.parentId ? parseGithubId(q.parentId) : null);
  const types: ResourceTypeSpec[] = [
    {
      type: "GITHUB_REPO", scopes: SCOPES, childType: "GITHUB_BRANCH",
      list: (http, q) => (q.parentId ? Promise.resolve({ items: [], hasNextPage: false }) : listRepos(http, q)),
      get: (http, id) => getRepo(http, onlyRepo(parseGithubId(id))),
    },
    {
      type: "GITHUB_BRANCH", scopes: SCOPES, childType: "GITHUB_FILE",
      list: (http, q) => {
        const at = level(q);
        if (!at) return listRepos(http, q);
        return at.branch ? Promise.resolve({ items: [], hasNextPage: false }) : listBranches(http, at.repo, q);
      },
      get: (http, raw) => {
        const id = parseGithubId(raw);
        if (id.path) throw new AppError("NOT_FOUND", "Not a branch id (owner/repo@branch)", { id: raw });
        return id.branch ? getBranch(http, id.repo, id.branch) : getRepo(http, id.repo);
      },
    },
    {
      type: "GITHUB_FILE", scopes: SCOPES,
      list: (http, q) => {
        const at = level(q);
        if (!at) return listRepos(http, q);
        return at.branch ? listContents(http, at, q) : listBranches(http, at.repo, q);
      },
      get: (http, raw) => {
        const id = parseGithubId(raw);
        return id.path ? getPath(http, id) : id.branch ? getBranch(http, id.repo, id.branch) : getRepo(http, id.repo);
      },
      // The id names every ancestor: fetch the repository and branch, spell out the directories.
      async ancestors(_http, item, load) {
        const id = parseGithubId(item.id);
        const chain: ResourceItem[] = [];
        if (id.branch) chain.push(await load({ type: "GITHUB_REPO", id: id.repo }));
        if (id.path) chain.push(await load({ type: "GITHUB_BRANCH", id: `${id.repo}@${id.branch}` }));
        const parts = id.path?.split("/").slice(0, -1) ?? [];
        parts.forEach((name, i) => chain.push(entryOf(id.repo, id.branch!, { type: "dir", name, path: parts.slice(0, i + 1).join("/") })));
        return chain;
      },
    },
  ];
  return { types, classifyError: classifyGithubError };
}

function onlyRepo(id: GithubId): string {
  if (id.branch) throw new AppError("NOT_FOUND", "Not a repository id (owner/repo)", { id: id.repo });
  return id.repo;
}

/** GitHub: rate limits come as 403 or 429 (primary: remaining 0; secondary: a message); app tokens lacking permission get 403. */
export function classifyGithubError(error: UpstreamError): UpstreamErrorClass | null {
  const { status, headers } = error.info;
  const message = String((error.info.body as { message?: unknown } | null)?.message ?? "");
  if (status === 403 || status === 429) {
    if (headers?.get("x-ratelimit-remaining") === "0") return { kind: "rate_limited" };
    if (/secondary rate limit|rate limit exceeded/i.test(message)) {
      const retryAfter = Number(headers?.get("retry-after"));
      return { kind: "rate_limited", retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 60 };
    }
    // OAuth apps: X-Accepted-OAuth-Scopes names what the endpoint checks, X-OAuth-Scopes what the token has.
    const split = (h: string | null | undefined) => h?.split(/[,\s]+/).filter(Boolean) ?? [];
    const accepted = split(headers?.get("x-accepted-oauth-scopes"));
    const granted = split(headers?.get("x-oauth-scopes"));
    const lacking = accepted.length > 0 && !accepted.some((s) => granted.includes(s));
    if (/not accessible by integration/i.test(message) || lacking) return { kind: "insufficient_scope", scopes: accepted.length ? accepted : undefined };
  }
  if (status === 404) return { kind: "not_found" };
  return null;
}
