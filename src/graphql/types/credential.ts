import { encodeGlobalId } from "../../ids.js";
import type { ProviderId } from "../../providers/types.js";
import { resolveCredential, type ResolvedCredential } from "../../services/credential-resolution.js";
import { builder } from "../builder.js";
import { localId } from "../global-ids.js";
import { IntegrationProviderEnum } from "./enums.js";
import { ToolCredentialEnum } from "./tool.js";

const ResolvedCredentialRef = builder.objectRef<ResolvedCredential>("ResolvedCredential").implement({
  description: "A live credential for a tool runner. The only place the API returns an access token.",
  fields: (t) => ({
    connectionId: t.id({ description: "The connection's global id.", resolve: (c) => encodeGlobalId("IntegrationConnection", c.connection.id) }),
    provider: t.field({ type: IntegrationProviderEnum, description: "The provider the token is for.", resolve: (c) => c.connection.provider as ProviderId }),
    accountId: t.string({ description: "The provider's id for the account.", resolve: (c) => c.connection.accountId }),
    credential: t.field({ type: ToolCredentialEnum, description: "What `accessToken` is: always the kind the tool declares (`Tool.credential`).", resolve: (c) => c.credential }),
    accessToken: t.exposeString("accessToken", { description: "The credential itself (an OAuth token, or a Supabase project key for the project's `apikey` header); never log it." }),
    tokenType: t.string({ description: "Always Bearer.", resolve: () => "Bearer" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true, description: "Null: does not expire. Otherwise at least 5 minutes away when returned." }),
    scopes: t.exposeStringList("scopes", { description: "Scopes the token carries, canonical." }),
    boundResourceId: t.id({
      nullable: true,
      description: "For tools that run on a bound resource (Supabase): the binding used; the token is then that resource's key.",
      resolve: (c) => (c.boundResource ? encodeGlobalId("BoundResource", c.boundResource.id) : null),
    }),
    resourceId: t.string({ nullable: true, description: "The bound resource's upstream id (a Supabase project ref).", resolve: (c) => c.boundResource?.upstreamId ?? null }),
    resourceUrl: t.exposeString("resourceUrl", { nullable: true, description: "Where to send requests for a bound resource (a Supabase project URL)." }),
  }),
});

builder.queryField("resolveCredential", (t) =>
  t.field({
    type: ResolvedCredentialRef,
    description:
      "For tool runners holding a service token (verified under SERVICE_JWT_SECRET or SERVICE_JWKS_URL, audience SERVICE_JWT_AUDIENCE, `token_use: service`); a user's token, whatever its claims, is FORBIDDEN, and without service verification configured the answer is SERVICE_AUTH_NOT_CONFIGURED. Returns the credential the tool declares (`Tool.credential`) for a connection of `userId`: INSUFFICIENT_SCOPE (with `missingScopes`, `reauthorizationUrl`), RECONNECT_REQUIRED for a connection that is not ACTIVE (with `reauthorizationUrl`), RESOURCE_NOT_BOUND, NOT_FOUND for a connection that is not that user's.",
    authScopes: { service: true },
    args: {
      userId: t.arg.id({ required: true, description: "The user on whose behalf the tool runs (their bearer token's `sub`)." }),
      connectionId: t.arg.id({ required: true, description: "The connection's global id." }),
      tool: t.arg.string({ required: true, description: "The tool about to run (its scopes are checked)." }),
      returnTo: t.arg.string({ required: false, description: "Where a re-authorization returns to; default: the first allowed return origin." }),
      resourceId: t.arg.string({ required: false, description: "For tools that run on a bound resource: which one (a Supabase project ref); default: the only one bound." }),
    },
    resolve: (_root, args, ctx) =>
      resolveCredential(ctx.deps, {
        userId: String(args.userId),
        connectionId: localId(args.connectionId, "IntegrationConnection"),
        tool: args.tool,
        returnTo: args.returnTo ?? undefined,
        resourceId: args.resourceId ?? undefined,
        serviceId: ctx.service?.serviceId,
      }),
  }),
);
