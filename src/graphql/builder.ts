import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin, { resolveNodes } from "@pothos/plugin-relay";
import ScopeAuthPlugin, { AuthScopeFailureType, type AuthFailure } from "@pothos/plugin-scope-auth";
import SimpleObjectsPlugin from "@pothos/plugin-simple-objects";
import { isObjectType, type GraphQLResolveInfo } from "graphql";
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import { getDatamodel } from "../generated/pothos-types.js";
import type PrismaTypes from "../generated/pothos-types.js";
import { AppError } from "../errors.js";
import { decodeGlobalId, encodeGlobalId } from "../ids.js";
import type { Context } from "./context.js";

/** Whether an authorization failure is (or includes) the named scope's. */
const failedScope = (failure: AuthFailure, scope: string): boolean =>
  failure.kind === AuthScopeFailureType.AuthScope ? failure.scope === scope : "failures" in failure && failure.failures.some((f) => failedScope(f, scope));

/** The one SchemaBuilder: plugins, scalars and the Context type. Defines no types (see ./types). */
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { user: boolean; service: boolean };
  Scalars: { DateTime: { Input: Date; Output: Date }; JSON: { Input: unknown; Output: unknown } };
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, SimpleObjectsPlugin, DataloaderPlugin],
  prisma: {
    client: (ctx) => ctx.deps.db,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    encodeGlobalID: (typename, id) => encodeGlobalId(typename, String(id)),
    // A malformed id names no type, so node(id) answers null for it like for any id it cannot load.
    decodeGlobalID: (globalId) => decodeGlobalId(globalId) ?? { typename: "", id: "" },
    nodeQueryOptions: {
      authScopes: { user: true },
      description: "Anything of yours by global id (a connection, a resource, a binding); null when it is not yours or does not exist.",
      args: { id: { description: "A global id." } },
      resolve: async (_root, args, ctx, info) => (await loadNodes(ctx, info, [args.id]))[0],
    },
    nodesQueryOptions: {
      authScopes: { user: true },
      description: "Several global ids at once (null for each that is not yours).",
      args: { ids: { description: "Global ids." } },
      resolve: (_root, args, ctx, info) => loadNodes(ctx, info, args.ids),
    },
    nodeTypeOptions: { description: "Something with a global id that node(id) finds again." },
    idFieldOptions: { description: "Global id." },
    pageInfoTypeOptions: { description: "Where a page sits in its listing." },
    hasNextPageFieldOptions: { description: "Whether there is more after this page (follow endCursor)." },
    hasPreviousPageFieldOptions: { description: "Always false: listings page forward only." },
    startCursorFieldOptions: { description: "The first edge's cursor." },
    endCursorFieldOptions: { description: "Send as `after` for the next page." },
    pageInfoFieldOptions: { description: "Paging information." },
    edgesFieldOptions: { description: "The page's entries." },
    cursorFieldOptions: { description: "Resumes the listing right after this entry." },
    nodeFieldOptions: { description: "The entry." },
  },
  scopeAuth: {
    // A user token is never a service and a service token never a user (see src/auth/bearer.ts).
    authScopes: (ctx) => ({ user: !!ctx.viewer, service: !!ctx.service }),
    unauthorizedError: (_parent, ctx, _info, result) => {
      if (!ctx.deps.config.service && failedScope(result.failure, "service")) {
        return new AppError("SERVICE_AUTH_NOT_CONFIGURED", "No service verification is configured (SERVICE_JWT_SECRET or SERVICE_JWKS_URL, and SERVICE_JWT_AUDIENCE)");
      }
      if (ctx.viewer) return new AppError("FORBIDDEN", "This operation needs a service token, not a user's");
      if (ctx.service) return new AppError("FORBIDDEN", "A service token acts only on resolveCredential; this operation needs a user's token");
      return ctx.authError ?? new AppError("UNAUTHENTICATED", "Sign in: send Authorization: Bearer <token>");
    },
  },
});

/**
 * node(id)/nodes(ids): an id of a type that is not a Node here (unknown, malformed) loads as null,
 * like one that does not exist or is not the caller's (each Node type's loader answers null then).
 */
function loadNodes(ctx: Context, info: GraphQLResolveInfo, ids: readonly { typename: string; id: string }[]): Promise<unknown[]> {
  const isNode = (typename: string) => {
    const type = typename ? info.schema.getType(typename) : undefined;
    return isObjectType(type) && type.getInterfaces().some((i) => i.name === "Node");
  };
  return resolveNodes(builder as never, ctx, info, ids.map((id) => (isNode(id.typename) ? id : null)));
}

builder.addScalarType("DateTime", DateTimeResolver);
builder.addScalarType("JSON", JSONResolver);
builder.queryType({ description: "Reads: providers, your connections and what is in them, tools and scopes, credentials for tool runners." });
builder.mutationType({ description: "Connect, re-authorize, disconnect, bind resources." });
