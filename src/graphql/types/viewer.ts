import { listConnections } from "../../services/connections.js";
import type { Viewer } from "../../auth/bearer.js";
import { builder } from "../builder.js";
import { IntegrationConnectionRef } from "./connection.js";
import { IntegrationProviderEnum } from "./enums.js";

const ViewerRef = builder.objectRef<Viewer>("Viewer").implement({
  description: "The signed-in user (the bearer token's subject).",
  fields: (t) => ({
    id: t.exposeID("userId", { description: "The token's `sub`." }),
    connections: t.prismaField({
      type: [IntegrationConnectionRef],
      args: { provider: t.arg({ type: IntegrationProviderEnum, required: false }) },
      resolve: (_query, viewer, args, ctx) => listConnections(ctx.deps, viewer.userId, args.provider ?? undefined),
    }),
  }),
});

builder.queryField("viewer", (t) =>
  t.field({
    type: ViewerRef,
    authScopes: { user: true },
    resolve: (_root, _args, ctx) => ctx.viewer!,
  }),
);
