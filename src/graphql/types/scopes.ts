import { canUseTools, missingToolScopes, requiredScopes } from "../../services/tool-access.js";
import DataLoader from "dataloader";
import { boundTypesByConnection } from "../../services/bound-resources.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";

/** Per request: which resource types are bound on each connection (one query for a whole list). */
const boundTypeLoaders = new WeakMap<Context, DataLoader<string, Set<string>>>();
function boundTypes(ctx: Context, connectionId: string) {
  let loader = boundTypeLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await boundTypesByConnection(ctx.deps, ids);
      return ids.map((id) => found.get(id) ?? new Set<string>());
    });
    boundTypeLoaders.set(ctx, loader);
  }
  return loader.load(connectionId);
}
import { IntegrationProviderEnum } from "./enums.js";

builder.queryField("requiredScopes", (t) =>
  t.stringList({
    description: "The minimal set of scopes covering the tools (least privilege: nothing redundant, nothing broader than needed). Unknown tool names: BAD_USER_INPUT with `unknownTools`.",
    args: {
      provider: t.arg({ type: IntegrationProviderEnum, required: true, description: "The provider the tools belong to." }),
      tools: t.arg.stringList({ required: true, description: "Tool names." }),
    },
    resolve: (_root, args) => requiredScopes(args.provider, args.tools),
  }),
);

builder.prismaObjectFields("IntegrationConnection", (t) => ({
  missingScopes: t.stringList({
    description: "Scopes this connection lacks for the tools (empty when it has them, or when its access is not scope-based, as for GitHub App tokens).",
    args: { tools: t.arg.stringList({ required: true, description: "Tool names of this provider." }) },
    resolve: (connection, args) => missingToolScopes(connection, args.tools),
  }),
  canUse: t.boolean({
    description: "Whether the tools can run with this connection now: ACTIVE, no scope missing, and a resource bound for tools that run on one (Supabase).",
    args: { tools: t.arg.stringList({ required: true, description: "Tool names of this provider." }) },
    resolve: async (connection, args, ctx) => canUseTools(connection, args.tools, await boundTypes(ctx, connection.id)),
  }),
}));
