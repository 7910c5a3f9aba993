import { param, type ResourcePicker, type ToolSpec } from "./types.js";

/**
 * Supabase tools. They need no OAuth scope: they run against a project the user picked and bound
 * (its URL and one of its keys), never with the connection's account-wide Management API token.
 * Each declares the key it gets. Supabase has no read-only key: the publishable key runs as `anon`
 * under Row Level Security, which (on by default, and with no `anon` policy) shows no rows of the
 * owner's tables, rows or storage objects. So table, RPC and storage tools, reads included, get the
 * secret key; only an Edge Function, which carries its own privileges, is invoked with the
 * publishable key, exactly as a browser would.
 */
const PROJECT: ResourcePicker = { resourceType: "SUPABASE_DATABASE" };
const TABLE: ResourcePicker = { resourceType: "SUPABASE_TABLE", dependsOn: "project_ref", valueField: "name" };

const project = param("project_ref", "string", "The project (its ref).", { required: true, picker: PROJECT });
const table = param("table", "string", "The table, schema-qualified (public.orders).", { required: true, picker: TABLE });
const filters = (what: string) => param("filters", "object", `PostgREST filters selecting the rows to ${what}, e.g. {"id": "eq.42"}.`, { required: true });
const bucket = param("bucket", "string", "The storage bucket.", { required: true });

export const supabaseTools: ToolSpec[] = [
  {
    name: "supabase_table_query",
    provider: "supabase",
    credential: "SUPABASE_SECRET_KEY",
    description: "Selects rows from a table with PostgREST filters, ordering and paging.",
    scopes: [],
    parameters: [
      project,
      table,
      param("select", "string", "Columns (PostgREST select syntax); default *.", { default: "*" }),
      param("filters", "object", 'PostgREST filters, e.g. {"status": "eq.open"}.'),
      param("order", "string", "e.g. created_at.desc"),
      param("limit", "integer", "At most this many rows.", { default: 100 }),
    ],
  },
  {
    name: "supabase_table_insert",
    provider: "supabase",
    credential: "SUPABASE_SECRET_KEY",
    description: "Inserts rows (or upserts on conflict) and returns them.",
    scopes: [],
    parameters: [
      project,
      table,
      param("rows", "array", "Rows as objects.", { required: true, items: "object" }),
      param("on_conflict", "string", "Columns of a unique constraint: upsert instead of failing."),
    ],
  },
  {
    name: "supabase_table_update",
    provider: "supabase",
    credential: "SUPABASE_SECRET_KEY",
    description: "Updates the rows matching the filters and returns them.",
    scopes: [],
    parameters: [project, table, filters("update"), param("values", "object", "Columns to set.", { required: true })],
  },
  {
    name: "supabase_table_delete",
    provider: "supabase",
    credential: "SUPABASE_SECRET_KEY",
    description: "Deletes the rows matching the filters and returns them.",
    scopes: [],
    parameters: [project, table, filters("delete")],
  },
  {
    name: "supabase_rpc",
    provider: "supabase",
    credential: "SUPABASE_SECRET_KEY",
    description: "Calls a Postgres function exposed through PostgREST.",
    scopes: [],
    parameters: [project, param("function", "string", "Function name (schema-qualified if not public).", { required: true }), param("args", "object", "Named arguments.")],
  },
  {
    name: "supabase_invoke_function",
    provider: "supabase",
    credential: "SUPABASE_PUBLISHABLE_KEY",
    description: "Invokes an Edge Function with a JSON body.",
    scopes: [],
    parameters: [
      project,
      param("function_name", "string", "The Edge Function's slug.", { required: true }),
      param("body", "object", "JSON body."),
      param("method", "string", "HTTP method.", { enum: ["GET", "POST", "PUT", "PATCH", "DELETE"], default: "POST" }),
    ],
  },
  {
    name: "supabase_storage_list",
    provider: "supabase",
    credential: "SUPABASE_SECRET_KEY",
    description: "Lists objects in a storage bucket under a prefix.",
    scopes: [],
    parameters: [project, bucket, param("prefix", "string", "Folder prefix; default: the bucket root.")],
  },
  {
    name: "supabase_storage_upload",
    provider: "supabase",
    credential: "SUPABASE_SECRET_KEY",
    description: "Uploads (or replaces) an object in a storage bucket.",
    scopes: [],
    parameters: [
      project,
      bucket,
      param("path", "string", "Object path inside the bucket.", { required: true }),
      param("content", "string", "Content, base64-encoded.", { required: true }),
      param("content_type", "string", "MIME type.", { default: "application/octet-stream" }),
      param("upsert", "boolean", "Replace an existing object.", { default: false }),
    ],
  },
  {
    name: "supabase_storage_download",
    provider: "supabase",
    credential: "SUPABASE_SECRET_KEY",
    description: "Downloads an object from a storage bucket (base64).",
    scopes: [],
    parameters: [project, bucket, param("path", "string", "Object path inside the bucket.", { required: true })],
  },
];
