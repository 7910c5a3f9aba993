import { listConnections, getConnection, splitScopes } from "../../services/connections.js";
import { builder } from "../builder.js";
import { viewerId } from "../context.js";
import { localId } from "../global-ids.js";
import { AuthTypeEnum, ConnectionStatusEnum, IntegrationProviderEnum } from "./enums.js";
import type { ProviderId } from "../../providers/types.js";

/** A stored link to one upstream account. Its tokens never leave the server. */
export const IntegrationConnectionRef = builder.prismaNode("IntegrationConnection", {
  description: "A stored link to one upstream account of the signed-in user. Its tokens never leave the server.",
  id: { field: "id", description: "Global id (use it as connectionId)." },
  authScopes: { user: true },
  // node(id) looks up only the asking user's rows: another user's id is simply not found (null).
  findUnique: (id, ctx) => ({ id, userId: ctx.viewer?.userId ?? "" }),
  nullable: true,
  fields: (t) => ({
    provider: t.field({ type: IntegrationProviderEnum, description: "Which provider the account is at.", resolve: (c) => c.provider as ProviderId }),
    authType: t.expose("authType", { type: AuthTypeEnum, description: "OAuth 2.0 or a pasted key." }),
    accountId: t.exposeString("accountId", { description: "The provider's stable id for the account (Google sub, GitHub user id, key fingerprint)." }),
    accountLabel: t.exposeString("accountLabel", { description: "Email, login or label." }),
    scopes: t.stringList({ description: "Granted scopes, in the provider's canonical form.", resolve: (c) => splitScopes(c.scopes) }),
    status: t.expose("status", { type: ConnectionStatusEnum, description: "ACTIVE, or NEEDS_REAUTH when the provider refused the stored credentials." }),
    statusReason: t.exposeString("statusReason", { nullable: true, description: "Why NEEDS_REAUTH: REVOKED, EXPIRED, REFRESH_LOST (a rotating refresh's answer was lost; re-authorize), …" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true, description: "When the current access token expires (null: does not expire)." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the account was first connected." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the connection last changed (reconnect, refresh, status)." }),
  }),
});

builder.queryField("connections", (t) =>
  t.prismaField({
    type: [IntegrationConnectionRef],
    description: "The caller's connections, oldest first.",
    authScopes: { user: true },
    args: { provider: t.arg({ type: IntegrationProviderEnum, required: false, description: "Only this provider's connections." }) },
    resolve: (_query, _root, args, ctx) => listConnections(ctx.deps, viewerId(ctx), args.provider ?? undefined),
  }),
);

builder.queryField("connection", (t) =>
  t.prismaField({
    type: IntegrationConnectionRef,
    description: "One of the caller's connections by global id; NOT_FOUND otherwise.",
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true, description: "The connection's global id." }) },
    resolve: (_query, _root, args, ctx) => getConnection(ctx.deps, viewerId(ctx), localId(args.id, "IntegrationConnection")),
  }),
);
