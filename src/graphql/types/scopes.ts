import { canUseTools, missingToolScopes, requiredScopes } from "../../services/tool-access.js";
import { builder } from "../builder.js";
import { IntegrationProviderEnum } from "./enums.js";

builder.queryField("requiredScopes", (t) =>
  t.stringList({
    description: "The minimal set of scopes covering the tools (least privilege: nothing redundant, nothing broader than needed). Unknown tool names: BAD_USER_INPUT with `unknownTools`.",
    args: {
      provider: t.arg({ type: IntegrationProviderEnum, required: true }),
      tools: t.arg.stringList({ required: true }),
    },
    resolve: (_root, args) => requiredScopes(args.provider, args.tools),
  }),
);

builder.prismaObjectFields("IntegrationConnection", (t) => ({
  missingScopes: t.stringList({
    description: "Scopes this connection lacks for the tools (empty when it has them, or when its access is not scope-based, as for GitHub App tokens).",
    args: { tools: t.arg.stringList({ required: true }) },
    resolve: (connection, args) => missingToolScopes(connection, args.tools),
  }),
  canUse: t.boolean({
    description: "Whether the tools can run with this connection now: ACTIVE and no scope missing.",
    args: { tools: t.arg.stringList({ required: true }) },
    resolve: (connection, args) => canUseTools(connection, args.tools),
  }),
}));
