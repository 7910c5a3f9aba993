import { startOAuth } from "../../services/oauth-flow.js";
import { builder } from "../builder.js";
import { viewerId } from "../context.js";
import { localId } from "../global-ids.js";
import { IntegrationProviderEnum } from "./enums.js";

const StartOAuthInput = builder.inputType("StartOAuthInput", {
  description: "What to connect (or re-authorize), with which scopes, and where the browser returns.",
  fields: (t) => ({
    provider: t.field({ type: IntegrationProviderEnum, required: false, description: "Required unless connectionId is given." }),
    scopes: t.stringList({ required: false, description: "Scopes to ask for (Google short or full forms; GitHub scope names)." }),
    tools: t.stringList({ required: false, description: "Ask for the scopes these tools need (see requiredScopes); combined with scopes." }),
    returnTo: t.string({ required: true, description: "Where the browser lands afterwards; must be on an allowed origin." }),
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
