import type { ProviderInfo } from "../../providers/registry.js";
import { builder } from "../builder.js";
import { AuthTypeEnum, IntegrationProviderEnum } from "./enums.js";
import { ResourceTypeEnum } from "./resource.js";

const IntegrationProviderInfo = builder.objectRef<ProviderInfo>("IntegrationProviderInfo").implement({
  description: "A provider this gateway knows, and whether it is switched on here.",
  fields: (t) => ({
    id: t.expose("id", { type: IntegrationProviderEnum, description: "The provider." }),
    displayName: t.exposeString("displayName", { description: "Its name for people (Google, GitHub, Supabase)." }),
    authType: t.expose("authType", { type: AuthTypeEnum, description: "How its accounts are connected." }),
    configured: t.exposeBoolean("configured", { description: "False when the gateway has no client credentials for it." }),
    resourceTypes: t.field({ type: [ResourceTypeEnum], description: "What `resources(type:)` can browse in its accounts (empty when not configured).", resolve: (p) => p.resourceTypes }),
  }),
});

builder.queryField("integrationProviders", (t) =>
  t.field({
    type: [IntegrationProviderInfo],
    description: "Every provider, configured or not.",
    resolve: (_root, _args, ctx) => ctx.deps.providers.list(),
  }),
);
