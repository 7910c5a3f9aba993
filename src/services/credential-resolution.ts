import type { Deps } from "../deps.js";
import { AppError, isAppError } from "../errors.js";
import { encodeGlobalId } from "../ids.js";
import type { ProviderId } from "../providers/types.js";
import { toolsNamed, type ToolCredentialKind, type ToolDefinition } from "../tools/index.js";
import { getConnection, splitScopes, type IntegrationConnection } from "./connections.js";
import { liveCredential, reconnectRequired } from "./credentials.js";
import { startOAuth } from "./oauth-flow.js";
import { boundResourceFor, boundResourceKey, type BoundResource } from "./bound-resources.js";
import { missingToolScopes } from "./tool-access.js";

/** What a tool runner gets: a live token for one connection, checked against one tool's scopes. */
export interface ResolvedCredential {
  connection: IntegrationConnection;
  /** Which credential this is: always the kind the tool declares. */
  credential: ToolCredentialKind;
  /** Plaintext: hand it to the tool, never log or store it. */
  accessToken: string;
  /** Null when the token does not expire (GitHub OAuth Apps, API keys). */
  expiresAt: Date | null;
  scopes: string[];
  /** For tools that run on a bound resource (Supabase projects): which one, and its URL. */
  boundResource: BoundResource | null;
  resourceUrl: string | null;
}

/**
 * The credential a tool declares (`tool.credential`), for a connection of `userId`, and nothing
 * more privileged. OAuth tools: checks the tool's scopes (INSUFFICIENT_SCOPE with `missingScopes`
 * and a `reauthorizationUrl`), refreshes a token that expires within the margin (one refresh,
 * however many callers). Tools on a bound resource: that resource's key of the declared kind.
 * A connection that is not ACTIVE yields nothing: RECONNECT_REQUIRED (with a
 * `reauthorizationUrl` where OAuth can mend it). Another user's connection is NOT_FOUND. For
 * service callers only: never expose this to a user's own request.
 */
export async function resolveCredential(
  deps: Deps,
  input: { userId: string; connectionId: string; tool: string; returnTo?: string; resourceId?: string; serviceId?: string },
): Promise<ResolvedCredential> {
  const connection = await getConnection(deps, input.userId, input.connectionId);
  const [tool] = toolsNamed([input.tool], connection.provider as ProviderId);
  try {
    if (tool!.runsOn) return await boundResourceCredential(deps, connection, tool!, input.resourceId, input.serviceId);
    return await oauthCredential(deps, connection, tool!, input);
  } catch (error) {
    if (isAppError(error) && error.code === "RECONNECT_REQUIRED") {
      const url = await reauthorizationUrl(deps, input, connection);
      throw new AppError(error.code, error.message, { ...error.details, reauthorizationUrl: url }, { cause: error.cause });
    }
    throw error;
  }
}

async function oauthCredential(deps: Deps, connection: IntegrationConnection, tool: ToolDefinition, input: { userId: string; tool: string; returnTo?: string; serviceId?: string }): Promise<ResolvedCredential> {
  const missing = missingToolScopes(connection, [tool.name]);
  if (missing.length) {
    throw new AppError("INSUFFICIENT_SCOPE", `The connection lacks scopes ${tool.name} needs: ${missing.join(", ")}`, {
      connectionId: encodeGlobalId("IntegrationConnection", connection.id),
      provider: connection.provider,
      tool: tool.name,
      missingScopes: missing,
      requiredScopes: tool.scopes,
      reauthorizationUrl: await reauthorizationUrl(deps, input, connection),
    });
  }
  const live = await liveCredential(deps, connection);
  deps.logger.debug({ connectionId: connection.id, tool: tool.name, service: input.serviceId, refreshed: live.connection !== connection }, "credential resolved");
  return {
    connection: live.connection,
    credential: tool.credential,
    accessToken: live.accessToken,
    expiresAt: live.connection.expiresAt,
    scopes: splitScopes(live.connection.scopes),
    boundResource: null,
    resourceUrl: null,
  };
}

/**
 * A tool that runs on a bound resource gets that resource's stored key of exactly the kind it
 * declares (a Supabase project's publishable or secret key) — and only while the connection that
 * bound it is ACTIVE: a revoked grant revokes what was fetched through it.
 */
async function boundResourceCredential(deps: Deps, connection: IntegrationConnection, tool: ToolDefinition, resourceId?: string, serviceId?: string): Promise<ResolvedCredential> {
  if (connection.status !== "ACTIVE") throw reconnectRequired(connection, connection.statusReason ?? "REVOKED");
  const type = tool.runsOn!;
  const bound = await boundResourceFor(deps, connection, type, resourceId);
  const key = await boundResourceKey(deps, bound, tool.credential);
  if (!key) {
    throw new AppError("RESOURCE_NOT_BOUND", `${bound.name} has no stored ${tool.credential} (which ${tool.name} needs); bind it again`, {
      resourceType: type,
      resourceId: bound.upstreamId,
      credential: tool.credential,
    });
  }
  deps.logger.debug({ connectionId: connection.id, tool: tool.name, service: serviceId, credential: tool.credential, boundResourceId: bound.id }, "credential resolved");
  const url = (bound.metadata as { projectUrl?: unknown } | null)?.projectUrl;
  return {
    connection,
    credential: tool.credential,
    accessToken: key,
    expiresAt: null,
    scopes: [],
    boundResource: bound,
    resourceUrl: typeof url === "string" ? url : null,
  };
}

/** Where to send the user to grant what is missing; null for a connection made with a key. */
async function reauthorizationUrl(deps: Deps, input: { userId: string; tool: string; returnTo?: string }, connection: IntegrationConnection): Promise<string | null> {
  if (connection.authType !== "OAUTH2" || !deps.providers.get(connection.provider as ProviderId)) return null;
  const returnTo = input.returnTo ?? `${deps.config.allowedReturnOrigins[0]}/`;
  const { authorizationUrl } = await startOAuth(deps, { userId: input.userId, connectionId: connection.id, tools: [input.tool], returnTo });
  return authorizationUrl;
}
