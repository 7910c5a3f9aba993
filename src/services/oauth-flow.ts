import * as oauth from "oauth4webapi";
import { signIntent, verifyIntent, type OAuthIntent } from "../auth/intent.js";
import { randomToken, sha256 } from "../crypto.js";
import type { Deps } from "../deps.js";
import { AppError } from "../errors.js";
import { UpstreamError } from "../providers/http.js";
import type { OAuthProvider, ProviderId } from "../providers/types.js";
import { minimalScopes, missingScopes, scopesOf } from "../scopes/index.js";
import { getConnection, splitScopes } from "./connections.js";
import { createPendingCompletion, revokeTokens } from "./oauth-completion.js";
import { requiredScopes } from "./tool-access.js";
import { ensureUser } from "./users.js";

/** How long a started authorization may take at the provider; default 10 minutes. */
export const STATE_TTL_MS = 10 * 60 * 1000;

/** Error codes the callback sends back to `returnTo` as `error=…`. */
export type CallbackErrorCode =
  | "invalid_state"
  | "invalid_issuer"
  | "token_exchange_failed"
  | "identity_failed"
  | "access_denied"
  | "authorization_failed";

// RFC 6749 §4.1.2.1 codes a provider may redirect with; anything else becomes authorization_failed.
const PASSTHROUGH_ERRORS = new Set(["access_denied", "invalid_scope", "unauthorized_client", "temporarily_unavailable", "server_error"]);

export function oauthProvider(deps: Pick<Deps, "providers">, id: ProviderId): OAuthProvider {
  const provider = deps.providers.get(id);
  if (!provider) throw new AppError("PROVIDER_NOT_CONFIGURED", `${id} is not configured on this gateway`, { provider: id });
  if (provider.authType !== "OAUTH2") throw new AppError("BAD_USER_INPUT", `${provider.displayName} connects with an API key, not OAuth`, { provider: id });
  return provider;
}

export function callbackUrl(deps: Pick<Deps, "config">, provider: ProviderId): string {
  return `${deps.config.publicUrl}/v1/integrations/${provider}/callback`;
}

/**
 * Caps on what `startOAuth` takes, so an authorization link (and the provider URL it redirects to)
 * stays well under the 8 KB that proxies and providers commonly accept: `returnTo` 1,024 characters
 * (also after normalization), at most 20 scopes of at most 128 characters, at most 20 tools of at
 * most 64 characters. Beyond them: BAD_USER_INPUT naming the field and the limit.
 */
export const OAUTH_INPUT_LIMITS = { returnTo: 1024, scopes: 20, scopeLength: 128, tools: 20, toolLength: 64 } as const;

function checkList(field: "scopes" | "tools", values: string[], maxCount: number, maxLength: number) {
  if (values.length > maxCount) throw new AppError("BAD_USER_INPUT", `At most ${maxCount} ${field} per authorization (got ${values.length})`, { field, limit: maxCount });
  if (values.some((v) => v.length > maxLength)) throw new AppError("BAD_USER_INPUT", `Each of ${field} must be at most ${maxLength} characters`, { field, limit: maxLength });
}

/** A returnTo is accepted only on an allow-listed origin, over http(s), without credentials, at most 1,024 characters. */
export function checkReturnTo(deps: Pick<Deps, "config">, returnTo: string): string {
  const tooLong = () => new AppError("BAD_USER_INPUT", `returnTo must be at most ${OAUTH_INPUT_LIMITS.returnTo} characters`, { field: "returnTo", limit: OAUTH_INPUT_LIMITS.returnTo });
  if (returnTo.length > OAUTH_INPUT_LIMITS.returnTo) throw tooLong();
  let url: URL;
  try {
    url = new URL(returnTo);
  } catch {
    throw new AppError("BAD_USER_INPUT", "returnTo must be an absolute URL", { field: "returnTo" });
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || !deps.config.allowedReturnOrigins.includes(url.origin)) {
    throw new AppError("BAD_USER_INPUT", `returnTo must be on an allowed origin (${deps.config.allowedReturnOrigins.join(", ")})`, { field: "returnTo" });
  }
  // Normalization percent-encodes: "é" becomes 6 characters.
  if (url.toString().length > OAUTH_INPUT_LIMITS.returnTo) throw tooLong();
  return url.toString();
}

/**
 * Step 1 (GraphQL `startOAuth`): checks the request and returns the sidecar URL that starts the
 * browser flow, carrying a signed intent bound to this user, provider, scopes and returnTo.
 * Scopes asked for: the provider's base scopes plus `scopes` and what `tools` need. Re-authorizing
 * a connection (`connectionId`) asks only for what it lacks (Google adds earlier grants itself);
 * a provider without that (GitHub), or a connection that needs re-authorization, is asked for the
 * union with what the connection holds.
 */
export async function startOAuth(
  deps: Pick<Deps, "config" | "providers" | "db" | "now">,
  input: { userId: string; provider?: ProviderId; scopes?: string[]; tools?: string[]; returnTo: string; connectionId?: string },
): Promise<{ authorizationUrl: string; provider: ProviderId; scopes: string[] }> {
  checkList("scopes", input.scopes ?? [], OAUTH_INPUT_LIMITS.scopes, OAUTH_INPUT_LIMITS.scopeLength);
  checkList("tools", input.tools ?? [], OAUTH_INPUT_LIMITS.tools, OAUTH_INPUT_LIMITS.toolLength);
  const connection = input.connectionId ? await getConnection(deps, input.userId, input.connectionId) : null;
  const providerId = input.provider ?? (connection?.provider as ProviderId | undefined);
  if (!providerId) throw new AppError("BAD_USER_INPUT", "Name a provider or the connection to re-authorize", { field: "provider" });
  if (connection && connection.provider !== providerId) throw new AppError("BAD_USER_INPUT", "That connection belongs to another provider", { field: "connectionId" });
  const provider = oauthProvider(deps, providerId);
  const returnTo = checkReturnTo(deps, input.returnTo);
  const rules = scopesOf(providerId);
  // In the caller's order; tools' scopes after the named ones.
  const wanted = [...new Set([...(input.scopes ?? []), ...(input.tools?.length ? requiredScopes(providerId, input.tools) : [])].map((s) => rules.normalize(s)).filter(Boolean))];
  let ask = wanted;
  if (connection) {
    const held = splitScopes(connection.scopes);
    const missing = missingScopes(rules, held, wanted);
    ask = provider.includesGrantedScopes && connection.status === "ACTIVE" ? missing : minimalScopes(rules, [...held, ...missing]);
  }
  const scopes = [...new Set([...provider.baseScopes, ...ask])];
  const intent = await signIntent(deps.config.oauthStateSecret, { userId: input.userId, provider: providerId, scopes, returnTo, connectionId: connection?.id }, deps.now());
  const url = new URL(`${deps.config.publicUrl}/v1/integrations/${providerId}/authorize`);
  url.searchParams.set("intent", intent);
  return { authorizationUrl: url.toString(), provider: providerId, scopes };
}

export interface BrowserCookie {
  name: string;
  value: string;
  path: string;
  maxAgeSeconds: number;
}

/** The cookie that binds one browser to one state: its name derives from the state, its value is random. */
export const bindingCookieName = (state: string) => `gw_oauth_${sha256(state).slice(0, 16)}`;

/**
 * Step 2 (GET /authorize): records a one-time state (hashed) with an encrypted PKCE verifier and a
 * browser binding, and returns the provider URL to redirect to plus the binding cookie.
 */
export async function beginAuthorization(
  deps: Pick<Deps, "config" | "providers" | "db" | "cipher" | "now">,
  provider: ProviderId,
  intentToken: string,
): Promise<{ redirectTo: string; cookie: BrowserCookie }> {
  const intent = await verifyIntent(deps.config.oauthStateSecret, intentToken, deps.now());
  if (intent.provider !== provider) throw new AppError("BAD_USER_INPUT", "This authorization link is for another provider", { reason: "invalid_intent" });
  const oauthProviderImpl = oauthProvider(deps, provider);
  checkReturnTo(deps, intent.returnTo);
  await ensureUser(deps, intent.userId);

  const state = randomToken(32);
  const browserSecret = randomToken(32);
  const codeVerifier = oauth.generateRandomCodeVerifier();
  try {
    await deps.db.oAuthState.create({
      data: {
        stateHash: sha256(state),
        intentId: intent.id,
        provider,
        userId: intent.userId,
        scopes: intent.scopes.join(" "),
        returnTo: intent.returnTo,
        connectionId: intent.connectionId ?? null,
        browserHash: sha256(browserSecret),
        codeVerifier: await deps.cipher.encrypt(codeVerifier),
        expiresAt: new Date(deps.now().getTime() + STATE_TTL_MS),
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("BAD_USER_INPUT", "This authorization link was already used; start again from the application", { reason: "intent_used" });
    }
    throw error;
  }
  const redirectTo = oauthProviderImpl.buildAuthorizationUrl({
    redirectUri: callbackUrl(deps, provider),
    state,
    codeChallenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    scopes: intent.scopes,
  });
  const cookie = { name: bindingCookieName(state), value: browserSecret, path: `/v1/integrations/${provider}/callback`, maxAgeSeconds: STATE_TTL_MS / 1000 };
  return { redirectTo: redirectTo.toString(), cookie };
}

export type CallbackOutcome =
  /** No trustworthy returnTo: answer with problem+json, redirect nowhere. */
  | { kind: "problem"; status: number; code: string; detail: string }
  | { kind: "redirect"; location: string; clearCookie: string };

function withParams(returnTo: string, params: Record<string, string>): string {
  const url = new URL(returnTo);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

/**
 * Step 3 (GET /callback): accepts the answer only for a known, unexpired, unused state issued for
 * this provider and this browser; consumes it exactly once; checks `iss`; exchanges the code with
 * the PKCE verifier; identifies the account; parks the result as a pending completion (nothing is
 * attached yet) and redirects back to returnTo with a one-time completion code for `completeOAuth`.
 */
export async function completeAuthorization(
  deps: Pick<Deps, "config" | "providers" | "db" | "cipher" | "now" | "logger">,
  provider: ProviderId,
  params: URLSearchParams,
  cookies: Record<string, string>,
): Promise<CallbackOutcome> {
  const state = params.get("state");
  const row = state ? await deps.db.oAuthState.findUnique({ where: { stateHash: sha256(state) } }) : null;
  if (!state || !row) return { kind: "problem", status: 400, code: "invalid_state", detail: "Unknown or missing OAuth state; start the connection again from the application." };

  const clearCookie = bindingCookieName(state);
  const fail = (error: CallbackErrorCode | string, log?: Record<string, unknown>): CallbackOutcome => {
    deps.logger.warn({ provider, error, stateId: row.id, ...log }, "oauth callback refused");
    return { kind: "redirect", location: withParams(row.returnTo, { status: "error", error, provider }), clearCookie };
  };

  const browserSecret = cookies[clearCookie];
  if (row.provider !== provider) return fail("invalid_state", { reason: "state issued for another provider" });
  if (!browserSecret || sha256(browserSecret) !== row.browserHash) return fail("invalid_state", { reason: "browser binding cookie missing or different" });
  const now = deps.now();
  // Consume exactly once, even when two callbacks race: only one update matches `consumedAt: null`.
  const consumed = await deps.db.oAuthState.updateMany({ where: { id: row.id, consumedAt: null, expiresAt: { gt: now } }, data: { consumedAt: now } });
  if (consumed.count !== 1) return fail("invalid_state", { reason: row.consumedAt ? "state already used" : "state expired" });

  const oauthImpl = oauthProvider(deps, provider);
  const iss = params.get("iss");
  if (iss !== null && iss !== oauthImpl.issuer) return fail("invalid_issuer", { iss });
  const providerError = params.get("error");
  if (providerError) return fail(PASSTHROUGH_ERRORS.has(providerError) ? providerError : "authorization_failed", { providerError });

  let tokens;
  try {
    tokens = await oauthImpl.exchangeCode({
      callback: params,
      state,
      redirectUri: callbackUrl(deps, provider),
      codeVerifier: await deps.cipher.decrypt(row.codeVerifier),
    });
  } catch (error) {
    return fail("token_exchange_failed", describeUpstream(error));
  }
  let identity;
  try {
    identity = await oauthImpl.fetchIdentity(tokens.accessToken);
  } catch (error) {
    // Nobody will ever hold these tokens: end the grant they belong to. Except when re-authorizing a
    // connection that still exists: the fresh tokens are most likely of its grant, which revoking
    // would end too (providers revoke per account and app); then they are only dropped.
    const shared = row.connectionId ? await deps.db.integrationConnection.count({ where: { id: row.connectionId, userId: row.userId } }) : 0;
    const revocation = shared ? { revoked: false } : await revokeTokens(deps, provider, tokens);
    return fail("identity_failed", { ...describeUpstream(error), revoked: revocation.revoked });
  }
  let completionCode: string;
  try {
    completionCode = await createPendingCompletion(deps, {
      userId: row.userId,
      provider,
      identity,
      tokens: { ...tokens, scopes: tokens.scopes?.map((s) => oauthImpl.normalizeScope(s)) },
      requestedScopes: splitScopes(row.scopes),
      connectionId: row.connectionId,
    });
  } catch (error) {
    await revokeTokens(deps, provider, tokens);
    throw error;
  }
  deps.logger.info({ provider, stateId: row.id, userId: row.userId }, "oauth grant pending completion");
  return { kind: "redirect", location: withParams(row.returnTo, { status: "pending", provider, completion_code: completionCode }), clearCookie };
}

function describeUpstream(error: unknown): Record<string, unknown> {
  if (error instanceof UpstreamError) return { kind: error.kind, status: error.info.status, oauthError: error.info.oauthError, message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}

export type { OAuthIntent };
