import { bearerOf, FakeUpstream, json, type FakeRequest, type FakeResponse } from "./server.js";

/**
 * The Supabase Management API (upstream-apis.md §5) for personal access tokens: `{"message"}`
 * errors, 60 requests/min per user then 429 for the rest of the minute. Resource routes plug in
 * with `use()`.
 */
export interface SupabaseProject {
  id: string;
  ref: string;
  organization_id: string;
  organization_slug: string;
  name: string;
  region: string;
  created_at: string;
  status: string;
  database?: { host: string; version: string; postgres_engine: string; release_channel: string };
}

export interface SupabaseAccount {
  user: string;
  projects: SupabaseProject[];
  organizations: { id: string; slug: string; name: string }[];
}

export function makeProject(ref: string, name: string, org = "acme"): SupabaseProject {
  return {
    id: ref,
    ref,
    organization_id: org,
    organization_slug: org,
    name,
    region: "eu-central-1",
    created_at: "2026-01-15T10:00:00.000Z",
    status: "ACTIVE_HEALTHY",
    database: { host: `db.${ref}.supabase.co`, version: "15.8.1.085", postgres_engine: "15", release_channel: "ga" },
  };
}

export class FakeSupabase extends FakeUpstream<[SupabaseAccount]> {
  /** Personal access token → account. */
  readonly tokens = new Map<string, SupabaseAccount>();
  /** Requests per user per minute before 429; default 60. */
  rateLimitPerMinute = 60;
  now: () => number = Date.now;
  private readonly windows = new Map<string, { start: number; count: number }>();




  env(): Record<string, string> {
    return { SUPABASE_API_BASE_URL: this.url };
  }

  /** Registers a personal access token for an account. */
  addToken(token: string, account: SupabaseAccount): this {
    this.tokens.set(token, account);
    return this;
  }


  protected async handle(req: FakeRequest): Promise<FakeResponse> {
    const account = this.tokens.get(bearerOf(req) ?? "");
    if (!account) return json(401, { message: "Unauthorized" });
    const window = this.windows.get(account.user);
    const now = this.now();
    if (!window || now - window.start >= 60_000) this.windows.set(account.user, { start: now, count: 1 });
    else if (++window.count > this.rateLimitPerMinute) {
      return json(429, { message: "Too many requests" }, { "retry-after": String(Math.ceil((window.start + 60_000 - now) / 1000)) });
    }
    if (req.method === "GET" && req.path === "/v1/projects") return json(200, account.projects);
    if (req.method === "GET" && req.path === "/v1/organizations") return json(200, account.organizations);
    const project = /^\/v1\/projects\/([^/]+)$/.exec(req.path);
    if (req.method === "GET" && project) {
      const found = account.projects.find((p) => p.ref === project[1]);
      return found ? json(200, found) : json(404, { message: "Project not found" });
    }
    const extended = await this.extended(req, account);
    if (extended) return extended;
    return json(404, { message: "Not found" });
  }

}
