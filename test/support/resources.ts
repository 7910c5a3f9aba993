import { graphql } from "../../src/gql/index.js";
import type { ResourceFilter, ResourceType } from "../../src/gql/graphql.js";
import { connectThroughBrowser } from "./flows.js";
import type { TestGateway } from "./gateway.js";
import { SUPABASE_TOKEN } from "./seed.js";

export const Resources = graphql(`
  query Resources($connectionId: ID!, $type: ResourceType!, $parentId: ID, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {
    resources(connectionId: $connectionId, type: $type, parentId: $parentId, filter: $filter, search: $search, first: $first, after: $after) {
      edges { cursor node { id resourceId name type kind mimeType hasChildren parentId webUrl modifiedAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const ConnectSupabase = graphql(`
  mutation ConnectSupabaseForResources($input: ConnectSupabaseInput!) {
    connectSupabase(input: $input) { connection { id } }
  }
`);

export type ResourceRow = NonNullable<Awaited<ReturnType<typeof listPage>>["data"]>["resources"]["edges"][number]["node"];

export const listPage = (gw: TestGateway, as: string, variables: { connectionId: string; type: ResourceType; parentId?: string | null; filter?: ResourceFilter; search?: string; first?: number; after?: string | null }) =>
  gw.gql(Resources, variables, { as });

/** Every item of a listing, page by page; fails on an error, an empty page that claims more, or a runaway. */
export async function walk(gw: TestGateway, as: string, variables: Parameters<typeof listPage>[2], maxPages = 100) {
  const items: ResourceRow[] = [];
  const pageSizes: number[] = [];
  let after: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const result = await listPage(gw, as, { ...variables, after });
    if (!result.data) throw new Error(`resources failed: ${JSON.stringify(result.errors)}`);
    const { edges, pageInfo } = result.data.resources;
    items.push(...edges.map((e) => e.node));
    pageSizes.push(edges.length);
    if (!pageInfo.hasNextPage) return { items, pageSizes };
    if (!pageInfo.endCursor) throw new Error("hasNextPage without an endCursor");
    after = pageInfo.endCursor;
  }
  throw new Error("too many pages");
}

export async function connectGoogle(gw: TestGateway, userId: string, scopes = ["drive.readonly", "spreadsheets.readonly", "gmail.readonly"]) {
  const { landing } = await connectThroughBrowser(gw, userId, { provider: "GOOGLE", scopes });
  const id = landing.searchParams.get("connection_id");
  if (!id) throw new Error(`Google connect failed: ${landing}`);
  return id;
}

export async function connectGithub(gw: TestGateway, userId: string, scopes = ["repo"]) {
  const { landing } = await connectThroughBrowser(gw, userId, { provider: "GITHUB", scopes });
  const id = landing.searchParams.get("connection_id");
  if (!id) throw new Error(`GitHub connect failed: ${landing}`);
  return id;
}

export async function connectSupabase(gw: TestGateway, userId: string, token = SUPABASE_TOKEN) {
  const result = await gw.gql(ConnectSupabase, { input: { accessToken: token } }, { as: userId });
  if (!result.data) throw new Error(`Supabase connect failed: ${JSON.stringify(result.errors)}`);
  return result.data.connectSupabase.connection.id;
}

/** Upstream calls a block of work made, per fake. */
export async function countCalls<T>(gw: TestGateway, work: () => Promise<T>) {
  const before = { google: gw.google.server.calls.length, github: gw.github.server.calls.length, supabase: gw.supabase.server.calls.length };
  const result = await work();
  const calls = {
    google: gw.google.server.calls.slice(before.google),
    github: gw.github.server.calls.slice(before.github),
    supabase: gw.supabase.server.calls.slice(before.supabase),
  };
  return { result, calls };
}

/** Calls that repeat the same method + URL (a duplicate upstream call). */
export const duplicates = (calls: { method: string; url: URL }[]) => {
  const seen = new Map<string, number>();
  for (const c of calls) seen.set(`${c.method} ${c.url.pathname}${c.url.search}`, (seen.get(`${c.method} ${c.url.pathname}${c.url.search}`) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
};
