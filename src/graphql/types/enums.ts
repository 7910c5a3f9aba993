import { PROVIDER_IDS, type ProviderId } from "../../providers/types.js";
import { builder } from "../builder.js";

/** GraphQL enum values are the provider ids in upper case. */
export const IntegrationProviderEnum = builder.enumType("IntegrationProvider", {
  description: "An upstream service accounts can be connected from.",
  values: Object.fromEntries(PROVIDER_IDS.map((id) => [id.toUpperCase(), { value: id, description: `The ${id} provider (connection ids, scopes and tools are per provider).` }])) as Record<Uppercase<ProviderId>, { value: ProviderId; description: string }>,
});

export const AuthTypeEnum = builder.enumType("AuthType", {
  description: "How an account is connected.",
  values: { OAUTH2: { description: "Connected through an OAuth 2.0 authorization." }, API_KEY: { description: "Connected with a pasted key." } } as const,
});

export const ConnectionStatusEnum = builder.enumType("ConnectionStatus", {
  description: "Whether a connection can be used now.",
  values: {
    ACTIVE: { description: "Usable." },
    NEEDS_REAUTH: { description: "The provider refused the stored credentials; the user must reconnect." },
  } as const,
});
