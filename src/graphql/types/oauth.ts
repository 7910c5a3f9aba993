import { startOAuth } from "../../services/oauth-flow.js";
import { builder } from "../builder.js";
import { viewerId } from "../context.js";
import { localId } from "../global-ids.js";
import { IntegrationProviderEnum } from "./enums.js";

const StartOAuthInput = builder.inputType("StartOAuthInput", {
  fields: (t) => ({
    provider: t.field({ type: IntegrationProviderEnum, required: true }),
    scopes: t.stringList({ required: false, description: "Scopes to ask for (Google short or full forms; GitHub scope names)." }),
    returnTo: t.string({ required: true, description: "Where the browser lands afterwards; must be on an allowed origin." }),
    connectionId: t.id({ required: false, description: "Re-authorize this connection (incremental consent)." }),
  }),
});

const StartOAuthPayload = builder.simpleObject("StartOAuthPayload", {
  fields: (t) => ({
    authorizationUrl: t.string({ description: "Send the browser here (GET); valid for 5 minutes, once." }),
    provider: t.field({ type: IntegrationProviderEnum }),
    scopes: t.stringList({ description: "The scopes that will be requested, normalized." }),
  }),
});

builder.mutationField("startOAuth", (t) =>
  t.field({
    type: StartOAuthPayload,
    description: "Starts connecting an account through OAuth: returns the URL to send the browser to.",
    authScopes: { user: true },
    args: { input: t.arg({ type: StartOAuthInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await startOAuth(ctx.deps, {
        userId: viewerId(ctx),
        provider: input.provider,
        scopes: input.scopes ?? [],
        returnTo: input.returnTo,
        connectionId: input.connectionId ? localId(input.connectionId, "IntegrationConnection") : undefined,
      });
      return { ...result, provider: input.provider };
    },
  }),
);
