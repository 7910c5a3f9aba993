import { completeOAuth } from "../../services/oauth-completion.js";
import { startOAuth } from "../../services/oauth-flow.js";
import { builder } from "../builder.js";
import { viewerId } from "../context.js";
import { localId } from "../global-ids.js";
import { IntegrationConnectionRef } from "./connection.js";
import { IntegrationProviderEnum } from "./enums.js";

const StartOAuthInput = builder.inputType("StartOAuthInput", {
  description: "What to connect (or re-authorize), with which scopes, and where the browser returns.",
  fields: (t) => ({
    provider: t.field({ type: IntegrationProviderEnum, required: false, description: "Required unless connectionId is given." }),
    scopes: t.stringList({ required: false, description: "Scopes to ask for (Google short or full forms; GitHub scope names); at most 20, each at most 128 characters." }),
    tools: t.stringList({ required: false, description: "Ask for the scopes these tools need (see requiredScopes); combined with scopes; at most 20." }),
    returnTo: t.string({ required: true, description: "Where the browser lands afterwards (with `status=pending&provider=…&completion_code=…`, or `status=error&error=…`); must be on an allowed origin, at most 1,024 characters." }),
    connectionId: t.id({ required: false, description: "Re-authorize this connection, asking only for what it lacks (incremental consent). A different account signing in becomes its own connection." }),
  }),
});

const StartOAuthPayload = builder.simpleObject("StartOAuthPayload", {
  description: "Where to send the browser.",
  fields: (t) => ({
    authorizationUrl: t.string({ description: "Send the browser here (GET); valid for 5 minutes, once." }),
    provider: t.field({ type: IntegrationProviderEnum, description: "The provider being connected." }),
    scopes: t.stringList({ description: "The scopes that will be requested, normalized." }),
  }),
});

builder.mutationField("startOAuth", (t) =>
  t.field({
    type: StartOAuthPayload,
    description: "Starts connecting an account through OAuth: returns the URL to send the browser to.",
    authScopes: { user: true },
    args: { input: t.arg({ type: StartOAuthInput, required: true, description: "Provider or connection, scopes or tools, returnTo." }) },
    resolve: (_root, { input }, ctx) =>
      startOAuth(ctx.deps, {
        userId: viewerId(ctx),
        provider: input.provider ?? undefined,
        scopes: input.scopes ?? [],
        tools: input.tools ?? [],
        returnTo: input.returnTo,
        connectionId: input.connectionId ? localId(input.connectionId, "IntegrationConnection") : undefined,
      }),
  }),
);

const CompleteOAuthPayload = builder.simpleObject("CompleteOAuthPayload", {
  description: "The connection a finished OAuth flow created or updated.",
  fields: (t) => ({
    connection: t.field({ type: IntegrationConnectionRef, description: "The connection, created or updated (same account, same user: same id)." }),
    provider: t.field({ type: IntegrationProviderEnum, description: "The provider the flow went through." }),
    accountChanged: t.boolean({ description: "A re-authorization (startOAuth with connectionId) signed in to a different account, which became its own connection; the original one is unchanged." }),
  }),
});

builder.mutationField("completeOAuth", (t) =>
  t.field({
    type: CompleteOAuthPayload,
    description:
      "Finishes an OAuth flow: the callback redirected to returnTo with `status=pending&completion_code=…`; call this with that code and the bearer token of the user who called startOAuth. " +
      "Only then is the account attached. Codes are single use and expire 5 minutes after the callback. Errors: INVALID_COMPLETION_CODE (unknown, used or expired), " +
      "COMPLETION_USER_MISMATCH (another user started the flow: nothing is attached, the grant is revoked and the code is burnt).",
    authScopes: { user: true },
    args: { code: t.arg.string({ required: true, description: "The `completion_code` query parameter the callback added to returnTo." }) },
    resolve: (_root, args, ctx) => completeOAuth(ctx.deps, viewerId(ctx), args.code),
  }),
);
