import type { FakeSupabase } from "./supabase.js";
import { json, type FakeRequest, type FakeResponse } from "./server.js";

/**
 * The Management API's read-only SQL endpoint (upstream-apis.md §5), plugged into FakeSupabase with
 * `use()`: `POST /v1/projects/{ref}/database/query/read-only` with `{query, parameters}` answers
 * **201** with a bare array of rows. The fake runs the catalogue queries a client may send (listing
 * base tables with an optional ILIKE filter, limit and offset; looking one up by schema and name)
 * over seeded tables; any other SQL is a 400 with Postgres's message. A token whose user lacks the
 * Database permission gets Supabase's 403.
 */
const norm = (sql: string) => sql.replace(/\s+/g, " ").trim();
const BASE = "select table_schema, table_name from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')";
const LIST = norm(`${BASE} and ($1::text is null or table_name ilike $1 escape '\\') order by 1, 2 limit $2 offset $3`);
const GET = norm(`${BASE} and table_schema = $1 and table_name = $2`);

/** SQL ILIKE with `\` as the escape character → RegExp. */
function ilike(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\" && i + 1 < pattern.length) re += pattern[++i]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (c === "%") re += ".*";
    else if (c === "_") re += ".";
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "is");
}

export class FakeSupabaseDatabase {
  /** project ref → tables */
  readonly tables = new Map<string, { schema: string; name: string }[]>();
  /** Users (account.user) whose tokens lack the Database permission. */
  readonly withoutDatabaseAccess = new Set<string>();
  queries = 0;

  constructor(supabase: FakeSupabase) {
    supabase.use((req, account) => this.handle(req, account));
  }

  private handle(req: FakeRequest, account: { user: string; projects: { ref: string }[] }): FakeResponse | undefined {
    const m = /^\/v1\/projects\/([^/]+)\/database\/query\/read-only$/.exec(req.path);
    if (!m) return undefined;
    if (req.method !== "POST") return json(405, { message: "Method Not Allowed" });
    if (!account.projects.some((p) => p.ref === m[1])) return json(404, { message: "Project not found" });
    if (this.withoutDatabaseAccess.has(account.user)) {
      return json(403, { message: "Your account does not have the necessary privileges to access this endpoint. For more details, refer to our documentation https://supabase.com/docs/guides/platform/access-control" });
    }
    this.queries++;
    let body: { query?: unknown; parameters?: unknown };
    try {
      body = JSON.parse(req.body) as typeof body;
    } catch {
      return json(400, { message: "Invalid JSON body" });
    }
    const sql = typeof body.query === "string" ? norm(body.query) : "";
    const params = Array.isArray(body.parameters) ? body.parameters : [];
    const rows = [...(this.tables.get(m[1]!) ?? [])].sort((a, b) => (a.schema === b.schema ? (a.name < b.name ? -1 : 1) : a.schema < b.schema ? -1 : 1));
    const out = (list: typeof rows) => json(201, list.map((t) => ({ table_schema: t.schema, table_name: t.name })));
    if (sql === LIST) {
      const [pattern, limit, offset] = params as [string | null, number, number];
      if (!Number.isInteger(limit) || !Number.isInteger(offset)) return json(400, { message: "Failed to run sql query: ERROR:  22P02: invalid input syntax for type bigint" });
      const re = pattern === null ? null : ilike(String(pattern));
      return out(rows.filter((t) => !re || re.test(t.name)).slice(offset, offset + limit));
    }
    if (sql === GET) return out(rows.filter((t) => t.schema === params[0] && t.name === params[1]));
    return json(400, { message: `Failed to run sql query: ERROR:  42601: syntax error at or near "${sql.split(" ")[0] ?? ""}"` });
  }
}
