import DataLoader from "dataloader";
import type { Deps } from "../deps.js";
import { AppError, isAppError } from "../errors.js";
import { encodeGlobalId } from "../ids.js";
import { UpstreamError, type UpstreamResponse } from "../providers/http.js";
import { PagingStateError } from "../providers/paging.js";
import type { ProviderId, ResourceFilter, ResourceHttp, ResourceItem, ResourceRef, ResourceType, ResourceTypeSpec } from "../providers/types.js";
import type { ConditionalCache } from "./conditional-cache.js";
import { connectionRowOfUser } from "./connection-rows.js";
import { splitScopes, type IntegrationConnection } from "./connections.js";
import type { RateLimiter } from "./rate-limit.js";
import { createResourceHttp, type UpstreamCallStats } from "./resource-http.js";
import { cursorCodec, type ListingIdentity } from "./resource-cursors.js";
import { appErrorFromUpstream } from "./upstream-errors.js";

/** Page size bounds for `first`: default 50, at most 100. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;
/** Breadcrumbs stop here (a cycle upstream must not loop forever). */
const MAX_DEPTH = 64;

/** A resource as the API serves it: which connection it came through and what the picker was browsing for. */
export interface ResourceNode {
  connectionId: string;
  /** The type being browsed when this node was listed; `children` keep browsing for it. */
  browseType: ResourceType;
  item: ResourceItem;
}

export interface ResourceListing {
  edges: { cursor: string; node: ResourceNode }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export interface ListArgs {
  type: ResourceType;
  parentId?: string | null;
  /** The parent's type when known (children of a node); null makes the provider find out. */
  parentType?: ResourceType | null;
  filter?: { mimeTypes?: string[] | null; kinds?: ResourceFilter["kinds"] | null } | null;
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

export type ResourceBrowser = ReturnType<typeof createResourceBrowser>;

/**
 * Resource browsing for one GraphQL request, as the asking user: connections and resources are
 * loaded through per-request DataLoaders and identical upstream calls are made once, so `parent`,
 * `resource`, `ancestors` and repeated lookups in one request never cost a second upstream call.
 */
export function createResourceBrowser(deps: Deps, userId: string | null, shared: { etags: ConditionalCache; limiter: RateLimiter }) {
  const stats: UpstreamCallStats = { sent: 0, notModified: 0, deduplicated: 0 };
  const cursors = cursorCodec(deps.config.oauthStateSecret);
  // This request's upstream budget (fan-out over aliases and nested children), then the user's shared rate limit.
  const budget = deps.config.limits.upstreamCallsPerRequest;
  let admitted = 0;
  const admit = async (owner: string) => {
    if (admitted >= budget) {
      throw new AppError("UPSTREAM_BUDGET_EXCEEDED", `This request needs more than ${budget} upstream calls; ask for less at once (fewer aliases, shallower children, smaller pages)`, { budget });
    }
    admitted++;
    const verdict = await shared.limiter.consume(owner);
    if (!verdict.allowed) {
      const { upstreamCalls, windowSeconds } = deps.config.limits.rateLimit;
      throw new AppError("RATE_LIMITED", `Too many upstream calls for this user (at most ${upstreamCalls} per ${windowSeconds} s); retry in ${verdict.retryAfter} s`, { retryAfter: verdict.retryAfter, limit: upstreamCalls, windowSeconds });
    }
  };
  const connections = new DataLoader<string, IntegrationConnection>(async (ids) => {
    // Hot path (every resource request): raw reads skip Prisma's per-call query compile (connection-rows.ts).
    const rows = userId ? await Promise.all(ids.map((id) => connectionRowOfUser(deps.db, userId, id))) : [];
    return ids.map((_, i) => rows[i] ?? new AppError("NOT_FOUND", "Connection not found"));
  });
  const https = new Map<string, ResourceHttp>();
  const httpFor = (connection: IntegrationConnection) => {
    let http = https.get(connection.id);
    if (!http) https.set(connection.id, (http = createResourceHttp(deps, connection, { memo: new Map<string, Promise<UpstreamResponse<unknown>>>(), etags: shared.etags, stats, admit })));
    return http;
  };

  const specOf = (connection: IntegrationConnection, type: ResourceType) => {
    const provider = deps.providers.get(connection.provider as ProviderId);
    if (!provider) throw new AppError("PROVIDER_NOT_CONFIGURED", `${connection.provider} is not configured on this gateway`, { provider: connection.provider });
    const spec = provider.resources?.types.find((t) => t.type === type);
    if (!spec) throw new AppError("BAD_USER_INPUT", `${type} is not a resource type of ${provider.displayName} connections`, { field: "type", provider: provider.id });
    return { spec, classify: provider.resources!.classifyError };
  };

  /** Runs a provider verb; upstream failures become client errors with what would fix them. */
  const run = async <T>(connection: IntegrationConnection, type: ResourceType, verb: (spec: ResourceTypeSpec, http: ResourceHttp) => Promise<T>) => {
    const { spec, classify } = specOf(connection, type);
    try {
      return await verb(spec, httpFor(connection));
    } catch (error) {
      if (error instanceof PagingStateError) throw new AppError("BAD_USER_INPUT", "`after` is not a cursor this API issued", { field: "after" });
      if (!(error instanceof UpstreamError)) throw error;
      throw appErrorFromUpstream(error, {
        classify,
        requiredScopes: spec.scopes,
        grantedScopes: splitScopes(connection.scopes),
        connectionId: encodeGlobalId("IntegrationConnection", connection.id),
      });
    }
  };

  const itemKey = (connectionId: string, ref: ResourceRef) => JSON.stringify([connectionId, ref.type, ref.id]);
  const items = new DataLoader<string, ResourceItem>((keys) =>
    Promise.all(
      keys.map(async (key) => {
        const [connectionId, type, id] = JSON.parse(key) as [string, ResourceType, string];
        try {
          const item = await run(await connections.load(connectionId), type, (spec, http) => spec.get(http, id));
          if (item.type !== type) items.prime(itemKey(connectionId, item), item);
          return item;
        } catch (error) {
          return error as Error;
        }
      }),
    ),
  );
  const load = (connectionId: string, ref: ResourceRef) => items.load(itemKey(connectionId, ref));
  const node = (connectionId: string, browseType: ResourceType, item: ResourceItem): ResourceNode => ({ connectionId, browseType, item });

  const chains = new Map<string, Promise<ResourceItem[]>>();
  const ancestorsOf = (child: ResourceNode) => {
    const key = itemKey(child.connectionId, child.item);
    let chain = chains.get(key);
    if (!chain) {
      const loadRef = (ref: ResourceRef) => load(child.connectionId, ref);
      chain = connections.load(child.connectionId).then((connection) =>
        run(connection, child.item.type, async (spec, http) => {
          if (spec.ancestors) return spec.ancestors(http, child.item, loadRef);
          const found: ResourceItem[] = [];
          for (let ref = child.item.parent; ref && found.length < MAX_DEPTH; ref = found.at(-1)!.parent) found.push(await loadRef(ref));
          return found.reverse();
        }),
      );
      chains.set(key, chain);
    }
    return chain;
  };

  return {
    stats,
    /** The caller's connection (NOT_FOUND for anyone else's). */
    connection: (connectionId: string) => connections.load(connectionId),

    async list(connectionId: string, args: ListArgs): Promise<ResourceListing> {
      const first = pageSize(args.first);
      const search = args.search?.trim() ? args.search.trim() : null;
      if (search && search.length > 200) throw new AppError("BAD_USER_INPUT", "`search` is longer than 200 characters", { field: "search" });
      const filter = checkFilter(args.filter);
      const connection = await connections.load(connectionId);
      const listing: ListingIdentity = { connectionId, type: args.type, parentId: args.parentId ?? null, filter, search };
      const after = args.after ? cursors.decode(listing, args.after) : null;
      if (after === END) return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
      const page = await run(connection, args.type, (spec, http) =>
        spec.list(http, { type: args.type, parentId: args.parentId ?? null, parentType: args.parentType ?? null, filter, search, first, after }),
      );
      const edges = page.items.map(({ item, after: next }) => {
        items.prime(itemKey(connectionId, item), item);
        return { cursor: cursors.encode(listing, next === null ? END : next), node: node(connectionId, args.type, item) };
      });
      deps.logger.debug({ connectionId, type: args.type, items: edges.length, upstreamSoFar: { ...stats } }, "resources listed");
      const endCursor = page.hasNextPage && page.resume ? cursors.encode(listing, page.resume) : (edges.at(-1)?.cursor ?? null);
      return { edges, pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor } };
    },

    async get(connectionId: string, type: ResourceType, id: string, browseType: ResourceType = type): Promise<ResourceNode> {
      if (!id.trim()) throw new AppError("BAD_USER_INPUT", "`id` is empty", { field: "id" });
      return node(connectionId, browseType, await load(connectionId, { type, id }));
    },

    /**
     * Binding: looks the resource up upstream again (access is re-checked) and runs its type's
     * `bind` hook, if any, for what tools will need (a Supabase project's keys).
     */
    async bind(connectionId: string, type: ResourceType, id: string): Promise<{ node: ResourceNode; secrets?: Record<string, string>; metadata?: Record<string, unknown> }> {
      if (!id.trim()) throw new AppError("BAD_USER_INPUT", "`id` is empty", { field: "id" });
      const item = await load(connectionId, { type, id });
      if (item.type !== type) throw new AppError("BAD_USER_INPUT", `${id} is a ${item.type}, not a ${type}`, { field: "id" });
      const extra = await run(await connections.load(connectionId), type, (spec, http) => (spec.bind ? spec.bind(http, item) : Promise.resolve({})));
      return { node: node(connectionId, type, item), ...extra };
    },

    /** node(id): null when the connection or the resource is not the caller's to see. */
    async find(connectionId: string, type: ResourceType, id: string, browseType: ResourceType = type): Promise<ResourceNode | null> {
      try {
        return node(connectionId, browseType, await load(connectionId, { type, id }));
      } catch (error) {
        // Gone, not the caller's, or a type this connection's provider does not have: no such node.
        if (isAppError(error) && (error.code === "NOT_FOUND" || (error.code === "BAD_USER_INPUT" && error.details.field === "type"))) return null;
        throw error;
      }
    },

    async parent(child: ResourceNode): Promise<ResourceNode | null> {
      const ref = child.item.parent;
      if (!ref) return null;
      // Where the provider spells out ancestors from the id, the parent is the last of them (no extra call).
      const connection = await connections.load(child.connectionId);
      const item = specOf(connection, child.item.type).spec.ancestors ? (await ancestorsOf(child)).at(-1)! : await load(child.connectionId, ref);
      return node(child.connectionId, child.browseType, item);
    },

    /** Root first, for breadcrumbs. */
    async ancestors(child: ResourceNode): Promise<ResourceNode[]> {
      return (await ancestorsOf(child)).map((item) => node(child.connectionId, child.browseType, item));
    },

    /**
     * What a node contains: browsing on for the type it was listed for, or — when that is the
     * node's own type (a repository among repositories) — for its natural children (`childType`).
     */
    async children(parent: ResourceNode, args: Omit<ListArgs, "parentId" | "parentType" | "type"> & { type?: ResourceType | null }): Promise<ResourceListing> {
      let type = args.type ?? parent.browseType;
      if (!args.type && type === parent.item.type) {
        type = specOf(await connections.load(parent.connectionId), parent.item.type).spec.childType ?? type;
      }
      if (!parent.item.hasChildren) {
        pageSize(args.first);
        return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
      }
      return this.list(parent.connectionId, { ...args, type, parentId: parent.item.id, parentType: parent.item.type });
    },
  };
}

/** Paging state after the very last item: resuming there yields an empty page without asking upstream. */
const END = "\u0000end";

function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new AppError("BAD_USER_INPUT", `\`first\` must be between 1 and ${MAX_PAGE_SIZE}`, { field: "first", max: MAX_PAGE_SIZE });
  }
  return first;
}

function checkFilter(filter: ListArgs["filter"]): ResourceFilter {
  const mimeTypes = filter?.mimeTypes?.map((m) => m.trim()).filter(Boolean);
  if (mimeTypes && (mimeTypes.length > 20 || mimeTypes.some((m) => m.length > 255 || !/^[\w.+-]+\/[\w.+-]+$/.test(m)))) {
    throw new AppError("BAD_USER_INPUT", "`filter.mimeTypes` takes at most 20 MIME types of the form type/subtype", { field: "filter.mimeTypes" });
  }
  return { ...(mimeTypes?.length ? { mimeTypes } : {}), ...(filter?.kinds?.length ? { kinds: [...filter.kinds] } : {}) };
}
