import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import SimpleObjectsPlugin from "@pothos/plugin-simple-objects";
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import { getDatamodel } from "../generated/pothos-types.js";
import type PrismaTypes from "../generated/pothos-types.js";
import { AppError } from "../errors.js";
import { decodeGlobalId, encodeGlobalId } from "../ids.js";
import type { Context } from "./context.js";

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
    decodeGlobalID: (globalId) => {
      const decoded = decodeGlobalId(globalId);
      if (!decoded) throw new AppError("BAD_USER_INPUT", "Malformed global id", { id: globalId });
      return decoded;
    },
    nodeQueryOptions: { authScopes: { user: true }, description: "Anything of yours by global id (a connection, a resource, a binding); null when it is not yours or does not exist.", args: { id: { description: "A global id." } } },
    nodesQueryOptions: { authScopes: { user: true }, description: "Several global ids at once (null for each that is not yours).", args: { ids: { description: "Global ids." } } },
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
    authScopes: (ctx) => ({ user: !!ctx.viewer, service: !!ctx.viewer?.scopes.has("credentials:resolve") }),
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? new AppError("FORBIDDEN", "This operation needs a service credential")
        : (ctx.authError ?? new AppError("UNAUTHENTICATED", "Sign in: send Authorization: Bearer <token>")),
  },
});

builder.addScalarType("DateTime", DateTimeResolver);
builder.addScalarType("JSON", JSONResolver);
builder.queryType({ description: "Reads: providers, your connections and what is in them, tools and scopes, credentials for tool runners." });
builder.mutationType({ description: "Connect, re-authorize, disconnect, bind resources." });
