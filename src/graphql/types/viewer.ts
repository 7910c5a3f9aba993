import { listConnections } from "../../services/connections.js";
import type { Viewer } from "../../auth/bearer.js";
import { builder } from "../builder.js";
import { IntegrationConnectionRef } from "./connection.js";
import { IntegrationProviderEnum } from "./enums.js";

const ViewerRef = builder.objectRef<Viewer>("Viewer").implement({
  description: "The signed-in user (the bearer token's subject).",
  fields: (t) => ({
    id: t.globalID({ description: "Global id (`Viewer:<sub>`), like every other id in the API.", resolve: (v) => ({ type: "Viewer", id: v.userId }) }),
    userId: t.exposeString("userId", { description: "The token's `sub`: the user id services pass as `resolveCredential(userId:)`." }),
    connections: t.prismaField({
      type: [IntegrationConnectionRef],
      description: "Your connections, oldest first.",
      args: { provider: t.arg({ type: IntegrationProviderEnum, required: false, description: "Only this provider's connections." }) },
      resolve: (_query, viewer, args, ctx) => listConnections(ctx.deps, viewer.userId, args.provider ?? undefined),
    }),
  }),
});

builder.queryField("viewer", (t) =>
  t.field({
    type: ViewerRef,
    description: "The signed-in user (UNAUTHENTICATED without a valid bearer token).",
    authScopes: { user: true },
    resolve: (_root, _args, ctx) => ctx.viewer!,
  }),
);
