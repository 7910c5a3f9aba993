import { connectApiKey, disconnect } from "../../services/connections.js";
import { builder } from "../builder.js";
import { viewerId } from "../context.js";
import { localId } from "../global-ids.js";
import { IntegrationConnectionRef } from "./connection.js";
import { IntegrationProviderEnum } from "./enums.js";

const ConnectSupabaseInput = builder.inputType("ConnectSupabaseInput", {
  description: "A Supabase personal access token to connect with.",
  fields: (t) => ({
    accessToken: t.string({ required: true, description: "A Supabase Management API personal access token (sbp_…). Verified before it is saved; never returned." }),
    label: t.string({ required: false, description: "How the connection is shown; default: derived from the account." }),
  }),
});

const ConnectSupabasePayload = builder.simpleObject("ConnectSupabasePayload", {
  description: "The result of connecting Supabase.",
  fields: (t) => ({ connection: t.field({ type: IntegrationConnectionRef, description: "The new (or, for the same token, existing) connection." }) }),
});

builder.mutationField("connectSupabase", (t) =>
  t.field({
    type: ConnectSupabasePayload,
    description: "Connects Supabase with a personal access token; the same token twice is one connection.",
    authScopes: { user: true },
    args: { input: t.arg({ type: ConnectSupabaseInput, required: true, description: "The token and an optional label." }) },
    resolve: async (_root, { input }, ctx) => ({
      connection: await connectApiKey(ctx.deps, { userId: viewerId(ctx), provider: "supabase", key: input.accessToken, label: input.label ?? undefined }),
    }),
  }),
);

const DisconnectPayload = builder.simpleObject("DisconnectPayload", {
  description: "What disconnecting did.",
  fields: (t) => ({
    disconnectedConnectionId: t.id({ description: "The deleted connection's global id." }),
    provider: t.field({ type: IntegrationProviderEnum, description: "The provider the connection was with." }),
    revoked: t.boolean({ description: "Whether the provider confirmed the grant was revoked." }),
    revocationError: t.string({ nullable: true, description: "Why nothing was revoked upstream (the connection is deleted regardless)." }),
  }),
});

builder.mutationField("disconnect", (t) =>
  t.field({
    type: DisconnectPayload,
    description: "Revokes the grant at the provider (best effort) and deletes the connection.",
    authScopes: { user: true },
    args: { connectionId: t.arg.id({ required: true, description: "The connection's global id." }) },
    resolve: async (_root, args, ctx) => {
      const result = await disconnect(ctx.deps, viewerId(ctx), localId(args.connectionId, "IntegrationConnection"));
      return {
        disconnectedConnectionId: String(args.connectionId),
        provider: result.provider,
        revoked: result.revoked,
        revocationError: result.revocationError,
      };
    },
  }),
);
