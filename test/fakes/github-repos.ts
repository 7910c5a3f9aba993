import { createHash } from "node:crypto";
import type { FakeGithub } from "./github.js";
import { json, type FakeRequest, type FakeResponse } from "./server.js";

/**
 * GitHub REST browsing (upstream-apis.md §4), plugged into FakeGithub with `use()`: /user/repos
 * (affiliation/visibility/type with the 422 for mixing them, sort=full_name, per_page ≤ 100, Link
 * pagination omitted on a single page), repos, branches (paginated), branch by name, contents (a
 * directory is an array, a file an object). Every answer carries rate-limit headers and an ETag;
 * `If-None-Match` with the same token gets a 304 that does not decrement the limit. With the limit
 * spent, 403 "API rate limit exceeded". Private repositories need the `repo` scope (else 404).
 */
export type Affiliation = "owner" | "collaborator" | "organization_member";

export interface FakeRepo {
  owner: string;
  name: string;
  private: boolean;
  affiliation: Affiliation;
  defaultBranch: string;
  /** branch → path → entry ("dir" entries are implied by paths, but may be listed for empty dirs) */
  branches: Map<string, { sha: string; protected: boolean; files: Map<string, { size: number }> }>;
  pushedAt: string;
}

const DOCS = "https://docs.github.com/rest";
const sha = (s: string) => createHash("sha1").update(s).digest("hex");

export class FakeGithubRepos {
  readonly repos = new Map<string, FakeRepo>();
  readonly counters = { notModified: 0, ok: 0 };

  constructor(private readonly github: FakeGithub) {
    github.use((req) => this.handle(req));
  }

  add(repo: FakeRepo): this {
    this.repos.set(`${repo.owner}/${repo.name}`, repo);
    return this;
  }

  private handle(req: FakeRequest): FakeResponse | undefined {
    if (req.method !== "GET" || !(req.path === "/user/repos" || req.path.startsWith("/repos/"))) return undefined;
    const auth = this.github.authenticate(req);
    if ("error" in auth) return auth.error;
    if (this.github.rateLimit.remaining === 0) {
      return json(403, { message: `API rate limit exceeded for user ID ${auth.token.userId}.`, documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api` }, this.github.rateLimitHeaders(false));
    }
    const canSeePrivate = this.github.mode === "github-app" || auth.token.scopes.includes("repo");
    const answer = this.route(req, canSeePrivate);
    const body = JSON.stringify(answer.body);
    // ETags are per response body and credentials, as GitHub's are.
    const etag = `W/"${sha(`${body}|${auth.value}`)}"`;
    if (answer.status === 200 && req.headers["if-none-match"] === etag) {
      this.counters.notModified++;
      return { status: 304, headers: { etag, ...this.github.rateLimitHeaders(false) } };
    }
    this.counters.ok++;
    const scopes = { "x-oauth-scopes": this.github.mode === "oauth-app" ? auth.token.scopes.join(", ") : "", "x-accepted-oauth-scopes": "repo" };
    return json(answer.status, answer.body, { ...this.github.rateLimitHeaders(), ...scopes, ...(answer.status === 200 ? { etag } : {}), ...answer.headers });
  }

  private route(req: FakeRequest, canSeePrivate: boolean): { status: number; body: unknown; headers?: Record<string, string> } {
    const notFound = { status: 404, body: { message: "Not Found", documentation_url: DOCS, status: "404" } };
    if (req.path === "/user/repos") return this.listRepos(req, canSeePrivate);
    const m = /^\/repos\/([^/]+)\/([^/]+)(?:\/(branches|contents)(?:\/(.*))?)?$/.exec(req.path);
    const repo = m && this.repos.get(`${m[1]}/${m[2]}`);
    if (!m || !repo || (repo.private && !canSeePrivate)) return notFound;
    const full = `${repo.owner}/${repo.name}`;
    if (!m[3]) return { status: 200, body: this.repoJson(repo) };
    if (m[3] === "branches" && !m[4]) {
      const all = [...repo.branches.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, b]) => ({ name, commit: { sha: b.sha, url: `https://api.github.com/repos/${full}/commits/${b.sha}` }, protected: b.protected }));
      return this.paginate(req, all, 30);
    }
    if (m[3] === "branches") {
      const name = decodeURIComponent(m[4]!);
      const b = repo.branches.get(name);
      if (!b) return { status: 404, body: { message: "Branch not found", documentation_url: `${DOCS}/branches/branches#get-a-branch`, status: "404" } };
      return { status: 200, body: { name, commit: { sha: b.sha }, protected: b.protected, _links: { html: `https://github.com/${full}/tree/${name}` } } };
    }
    const ref = req.query.get("ref") ?? repo.defaultBranch;
    const branch = repo.branches.get(ref);
    if (!branch) return { status: 404, body: { message: `No commit found for the ref ${ref}`, documentation_url: `${DOCS}/repos/contents`, status: "404" } };
    const path = (m[4] ?? "").split("/").filter(Boolean).map(decodeURIComponent).join("/");
    const entry = (p: string, type: "file" | "dir") => ({
      type, name: p.split("/").at(-1), path: p, sha: sha(`${branch.sha}:${p}`), size: type === "dir" ? 0 : branch.files.get(p)!.size,
      url: `https://api.github.com/repos/${full}/contents/${p}?ref=${ref}`, html_url: `https://github.com/${full}/${type === "dir" ? "tree" : "blob"}/${ref}/${p}`,
      git_url: `https://api.github.com/repos/${full}/git/${type === "dir" ? "trees" : "blobs"}/${sha(`${branch.sha}:${p}`)}`,
      download_url: type === "dir" ? null : `https://raw.githubusercontent.com/${full}/${ref}/${p}`,
    });
    if (branch.files.has(path)) return { status: 200, body: { ...entry(path, "file"), encoding: "base64", content: Buffer.from(`contents of ${path}\n`).toString("base64") } };
    const prefix = path ? `${path}/` : "";
    const children = new Map<string, "file" | "dir">();
    for (const p of branch.files.keys()) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length).split("/");
      children.set(prefix + rest[0], rest.length > 1 ? "dir" : "file");
    }
    if (children.size === 0) return notFound;
    return { status: 200, body: [...children.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, type]) => entry(p, type)) };
  }

  private listRepos(req: FakeRequest, canSeePrivate: boolean) {
    const q = req.query;
    if (q.get("type") && (q.get("visibility") || q.get("affiliation"))) {
      return { status: 422, body: { message: "Validation Failed", errors: [{ resource: "Search", field: "q", code: "invalid" }], documentation_url: `${DOCS}/repos/repos#list-repositories-for-the-authenticated-user`, status: "422" } };
    }
    const affiliations = (q.get("affiliation") ?? "owner,collaborator,organization_member").split(",");
    const visibility = q.get("visibility") ?? "all";
    const all = [...this.repos.values()]
      .filter((r) => affiliations.includes(r.affiliation) && (!r.private || canSeePrivate) && (visibility === "all" || (visibility === "private") === r.private))
      .sort((a, b) => `${a.owner}/${a.name}`.toLowerCase().localeCompare(`${b.owner}/${b.name}`.toLowerCase()))
      .map((r) => this.repoJson(r));
    return this.paginate(req, all, 30);
  }

  /** per_page (default given, max 100) and page; Link with next/last (and prev/first after page 1), omitted on a single page. */
  private paginate(req: FakeRequest, all: unknown[], perPageDefault: number) {
    const perPage = Math.min(100, Math.max(1, Number(req.query.get("per_page") ?? perPageDefault) || perPageDefault));
    const page = Math.max(1, Number(req.query.get("page") ?? 1) || 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number) => {
      const url = new URL(req.url.toString());
      url.searchParams.set("per_page", String(perPage));
      url.searchParams.set("page", String(p));
      return `<${url.toString()}>`;
    };
    const rels: string[] = [];
    if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) rels.push(`${link(page - 1)}; rel="prev"`, `${link(1)}; rel="first"`);
    return { status: 200, body: all.slice((page - 1) * perPage, page * perPage), headers: (rels.length ? { link: rels.join(", ") } : {}) as Record<string, string> };
  }

  private repoJson(r: FakeRepo) {
    const full = `${r.owner}/${r.name}`;
    return {
      id: parseInt(sha(full).slice(0, 8), 16), node_id: `R_${sha(full).slice(0, 12)}`, name: r.name, full_name: full,
      owner: { login: r.owner, id: parseInt(sha(r.owner).slice(0, 6), 16), avatar_url: `https://avatars.githubusercontent.com/u/${parseInt(sha(r.owner).slice(0, 6), 16)}`, type: r.affiliation === "organization_member" ? "Organization" : "User" },
      private: r.private, visibility: r.private ? "private" : "public", html_url: `https://github.com/${full}`, description: `The ${r.name} repository`,
      fork: false, archived: false, default_branch: r.defaultBranch, pushed_at: r.pushedAt, updated_at: r.pushedAt,
      permissions: { admin: r.affiliation === "owner", push: r.affiliation !== "organization_member", pull: true },
    };
  }
}
