import { AppError } from "../errors.js";
import { UpstreamError } from "./http.js";
import { expectList, expectObject } from "./shape.js";
import { fetchProjectKeys } from "./supabase-keys.js";
import { nameMatches, pageOfList, readState, stateInt } from "./paging.js";
import { resourceType } from "./resource-info.js";
import type { ResourceHttp, ResourceItem, ResourceListQuery, ResourcePage, ResourceProvider, ResourceTypeSpec, UpstreamErrorClass } from "./types.js";

// Supabase Management API (upstream-apis §5): projects as databases; tables through the read-only
// SQL endpoint, which answers 201 with a bare array of rows. Parameters keep user input out of SQL.
const BASE_TABLES = "from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')";
export const LIST_TABLES_SQL = `select table_schema, table_name ${BASE_TABLES} and ($1::text is null or table_name ilike $1 escape '\\') order by 1, 2 limit $2 offset $3`;
export const GET_TABLE_SQL = `select table_schema, table_name ${BASE_TABLES} and table_schema = $1 and table_name = $2`;
const STATUSES = new Set(["ACTIVE_HEALTHY", "ACTIVE_UNHEALTHY", "COMING_UP", "GOING_DOWN", "INACTIVE", "INIT_FAILED", "REMOVED", "RESTORING", "RESTORE_FAILED", "UPGRADING", "PAUSING", "PAUSE_FAILED", "RESTARTING", "RESIZING"]);

export const SUPABASE_RESOURCE_TYPES = [
  resourceType("SUPABASE_DATABASE", "SupabaseDatabase", "A Supabase project's database (id: the project ref).", [
    ["ref", "String", false, "The project ref."], ["region", "String", true, "Where the project runs (e.g. eu-central-1)."], ["status", "String", false, "ACTIVE_HEALTHY, INACTIVE, …; UNKNOWN for values this gateway does not know."],
    ["organizationSlug", "String", true, "The owning organization."], ["host", "String", false, "The database host."], ["postgresVersion", "String", true, "The PostgreSQL version."],
  ]),
  resourceType("SUPABASE_TABLE", "SupabaseTable", "A table of a project (id: `<ref>:schema.table`).", [
    ["projectRef", "String", false, "The project the table belongs to."], ["schema", "String", false, "The table's schema."], ["table", "String", false, "The table's name."], ["qualifiedName", "String", false, "schema.table, quoted where SQL needs it."],
  ]),
];

interface Project { ref: string; name: string; region?: string; status?: string; organization_slug?: string; organization_id?: string; created_at?: string; database?: { host?: string; version?: string } }
interface TableRow { table_schema: string; table_name: string }
const PROJECT_SHAPE = { ref: "string", name: "string" } as const;

/** A SQL identifier, quoted only when it needs to be (`public.orders`, `"Sales"."Q1 report"`). */
export const quoteIdent = (name: string) => (/^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`);

/** `ref:schema.table` (schema-qualified, quoted where needed) → parts; null when malformed. */
export function parseTableId(id: string): { ref: string; schema: string; table: string } | null {
  const match = /^([a-z0-9]+):(.+)$/.exec(id);
  if (!match) return null;
  const parts: string[] = [];
  const re = /\s*(?:"((?:[^"]|"")*)"|([^".]+))\s*(\.|$)/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < match[2]!.length && (m = re.exec(match[2]!))) {
    parts.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
    if (m[3] === "") break;
  }
  return parts.length === 2 && re.lastIndex >= match[2]!.length ? { ref: match[1]!, schema: parts[0]!, table: parts[1]! } : null;
}

const projectOf = (p: Project): ResourceItem => ({
  type: "SUPABASE_DATABASE", id: p.ref, name: p.name, kind: "DATABASE", mimeType: null,
  webUrl: `https://supabase.com/dashboard/project/${p.ref}`, iconUrl: null, modifiedAt: null, hasChildren: true, parent: null,
  attributes: {
    ref: p.ref, region: p.region ?? null, status: p.status && STATUSES.has(p.status) ? p.status : "UNKNOWN",
    organizationSlug: p.organization_slug ?? p.organization_id ?? null, host: p.database?.host ?? `db.${p.ref}.supabase.co`, postgresVersion: p.database?.version ?? null,
    createdAt: p.created_at ?? null,
  },
});
const tableOf = (ref: string, row: TableRow): ResourceItem => {
  const qualifiedName = `${quoteIdent(row.table_schema)}.${quoteIdent(row.table_name)}`;
  return {
    type: "SUPABASE_TABLE", id: `${ref}:${qualifiedName}`, name: qualifiedName, kind: "TABLE", mimeType: null,
    webUrl: `https://supabase.com/dashboard/project/${ref}/editor`, iconUrl: null, modifiedAt: null, hasChildren: false,
    parent: { type: "SUPABASE_DATABASE", id: ref },
    attributes: { projectRef: ref, schema: row.table_schema, table: row.table_name, qualifiedName },
  };
};

export function createSupabaseResources(apiBaseUrl: string): ResourceProvider {
  const api = (path: string) => `${apiBaseUrl}${path}`;
  const checkRef = (ref: string) => {
    if (!/^[a-z0-9]+$/.test(ref)) throw new AppError("NOT_FOUND", "Not a Supabase project ref", { id: ref });
    return ref;
  };

  async function listProjects(http: ResourceHttp, q: ResourceListQuery): Promise<ResourcePage> {
    const { body } = await http.get<Project[]>(api("/v1/projects"));
    const all = expectList<Project>("supabase", body, "/v1/projects", PROJECT_SHAPE).map(projectOf).filter((p) => nameMatches(p.name, q.search) && (!q.filter.kinds || q.filter.kinds.includes("DATABASE")));
    return pageOfList(all.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)), q.first, q.after);
  }
  const getProject = async (http: ResourceHttp, ref: string) => projectOf(expectObject<Project>("supabase", (await http.get(api(`/v1/projects/${checkRef(ref)}`))).body, "a project", PROJECT_SHAPE));

  const query = async (http: ResourceHttp, ref: string, sql: string, parameters: unknown[]) => {
    const { body } = await http.post<TableRow[]>(api(`/v1/projects/${checkRef(ref)}/database/query/read-only`), { query: sql, parameters });
    return expectList<TableRow>("supabase", body, "a query", { table_schema: "string", table_name: "string" });
  };

  async function listTables(http: ResourceHttp, ref: string, q: ResourceListQuery): Promise<ResourcePage> {
    if (q.filter.kinds && !q.filter.kinds.includes("TABLE")) return { items: [], hasNextPage: false };
    if (q.filter.mimeTypes) return { items: [], hasNextPage: false };
    const offset = q.after ? stateInt(readState(q.after), "o") : 0;
    const pattern = q.search ? `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    // One row more than asked says whether another page exists.
    const rows = await query(http, ref, LIST_TABLES_SQL, [pattern, q.first + 1, offset]);
    const page = rows.slice(0, q.first).map((row) => tableOf(ref, row));
    return {
      items: page.map((item, i) => ({ item, after: i + 1 < page.length || rows.length > q.first ? JSON.stringify({ o: offset + i + 1 }) : null })),
      hasNextPage: rows.length > q.first,
    };
  }

  const types: ResourceTypeSpec[] = [
    {
      type: "SUPABASE_DATABASE", scopes: ["projects:read"], childType: "SUPABASE_TABLE",
      list: (http, q) => (q.parentId ? Promise.resolve({ items: [], hasNextPage: false }) : listProjects(http, q)),
      get: (http, id) => getProject(http, id),
      async bind(http, item) {
        const keys = await fetchProjectKeys(http, apiBaseUrl, item.id);
        return {
          secrets: { SUPABASE_SECRET_KEY: keys.secret.key, ...(keys.publishable ? { SUPABASE_PUBLISHABLE_KEY: keys.publishable.key } : {}) },
          metadata: { projectUrl: keys.projectUrl, keyKind: keys.secret.kind, publishableKeyKind: keys.publishable?.kind ?? null },
        };
      },
    },
    {
      type: "SUPABASE_TABLE", scopes: ["database:read"],
      list: (http, q) => (q.parentId ? listTables(http, checkRef(q.parentId), q) : listProjects(http, q)),
      async get(http, id) {
        if (!id.includes(":")) return getProject(http, id);
        const parsed = parseTableId(id);
        if (!parsed) throw new AppError("NOT_FOUND", "Not a Supabase table id (ref:schema.table)", { id });
        const [row] = await query(http, parsed.ref, GET_TABLE_SQL, [parsed.schema, parsed.table]);
        if (!row) throw new AppError("NOT_FOUND", `No table ${parsed.schema}.${parsed.table} in project ${parsed.ref}`, { provider: "supabase" });
        return tableOf(parsed.ref, row);
      },
    },
  ];
  return { types, classifyError: classifySupabaseError };
}

/** Supabase: `{"message"}` bodies; 403 = the token lacks the privilege; 429 for the rest of the minute. */
export function classifySupabaseError(error: UpstreamError): UpstreamErrorClass | null {
  if (error.info.status === 403) return { kind: "insufficient_scope" };
  if (error.info.status === 404) return { kind: "not_found" };
  return null;
}
