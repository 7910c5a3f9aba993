import * as oauth from "oauth4webapi";
import { UpstreamError, type FetchLike, type HttpDeps } from "./http.js";
import type { TokenSet } from "./types.js";

/**
 * The standard OAuth 2.0 client every OAuth provider hands off to: oauth4webapi does the protocol
 * work (PKCE, state and `iss` checks, token and error parsing); a provider passes only its quirks.
 */
export interface OAuthClientOptions {
  provider: string;
  server: oauth.AuthorizationServer;
  clientId: string;
  clientSecret: string;
  /** How the client authenticates at the token endpoint; default client_secret_basic. */
  clientAuth?: "basic" | "post";
  /** Extra headers on token requests (GitHub: Accept: application/json). */
  tokenHeaders?: Record<string, string>;
  /** Rewrites a token endpoint response before oauth4webapi reads it (GitHub's 200-with-error). */
  adaptTokenResponse?: (response: Response) => Promise<Response>;
  /** Splits the granted `scope` string (default: spaces). */
  parseScope?: (scope: string) => string[];
  http: HttpDeps;
}

export interface OAuthClient {
  exchangeCode(params: { callback: URLSearchParams; state: string; redirectUri: string; codeVerifier: string }): Promise<TokenSet>;
  /** `timeoutMs`: this refresh's own deadline (default: the upstream timeout). */
  refresh(refreshToken: string, options?: { timeoutMs?: number }): Promise<TokenSet>;
  revoke(token: string, hint?: "access_token" | "refresh_token"): Promise<void>;
}

const isLoopbackHttp = (url: string | undefined) => !!url && /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:|\/|$)/.test(url);

export function createOAuthClient(o: OAuthClientOptions): OAuthClient {
  const client: oauth.Client = { client_id: o.clientId };
  const clientAuth = o.clientAuth === "post" ? oauth.ClientSecretPost(o.clientSecret) : oauth.ClientSecretBasic(o.clientSecret);
  const fetchImpl: FetchLike = o.http.fetch;
  const requestOptions = {
    signal: () => AbortSignal.timeout(o.http.timeoutMs),
    headers: o.tokenHeaders,
    [oauth.customFetch]: async (url: string, init: RequestInit) => {
      const response = await fetchImpl(url, init);
      return url === o.server.token_endpoint && o.adaptTokenResponse ? o.adaptTokenResponse(response) : response;
    },
    // Plain http only for loopback endpoints (local fakes and sidecars); real endpoints are https.
    [oauth.allowInsecureRequests]: isLoopbackHttp(o.server.token_endpoint),
  };
  const parseScope = o.parseScope ?? ((s: string) => s.split(" ").filter(Boolean));

  const toTokenSet = (r: oauth.TokenEndpointResponse): TokenSet => {
    const now = Date.now();
    const refreshExpiresIn = typeof r.refresh_token_expires_in === "number" ? r.refresh_token_expires_in : undefined;
    return {
      accessToken: r.access_token,
      refreshToken: r.refresh_token || undefined,
      expiresAt: typeof r.expires_in === "number" && r.expires_in > 0 ? new Date(now + r.expires_in * 1000) : undefined,
      refreshTokenExpiresAt: refreshExpiresIn ? new Date(now + refreshExpiresIn * 1000) : undefined,
      scopes: typeof r.scope === "string" ? parseScope(r.scope) : undefined,
    };
  };

  const wrap = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw toUpstreamError(o.provider, what, error);
    }
  };

  return {
    exchangeCode: ({ callback, state, redirectUri, codeVerifier }) =>
      wrap("code exchange", async () => {
        const params = oauth.validateAuthResponse(o.server, client, callback, state);
        const response = await oauth.authorizationCodeGrantRequest(o.server, client, clientAuth, params, redirectUri, codeVerifier, requestOptions);
        return toTokenSet(await oauth.processAuthorizationCodeResponse(o.server, client, response));
      }),
    refresh: (refreshToken, options) =>
      wrap("refresh", async () => {
        const timeoutMs = options?.timeoutMs ?? o.http.timeoutMs;
        const response = await oauth.refreshTokenGrantRequest(o.server, client, clientAuth, refreshToken, { ...requestOptions, signal: () => AbortSignal.timeout(timeoutMs) });
        return toTokenSet(await oauth.processRefreshTokenResponse(o.server, client, response));
      }),
    revoke: (token, hint) =>
      wrap("revocation", async () => {
        const response = await oauth.revocationRequest(o.server, client, clientAuth, token, {
          ...requestOptions,
          additionalParameters: hint ? { token_type_hint: hint } : undefined,
        });
        await oauth.processRevocationResponse(response);
      }),
  };
}

/** Maps oauth4webapi's errors onto the four upstream failure classes, keeping the original as cause. */
export function toUpstreamError(provider: string, what: string, error: unknown): UpstreamError {
  if (error instanceof UpstreamError) return error;
  if (error instanceof oauth.AuthorizationResponseError) {
    return new UpstreamError("oauth", provider, `${provider} ${what}: ${error.error}`, { oauthError: error.error }, { cause: error });
  }
  if (error instanceof oauth.ResponseBodyError) {
    return new UpstreamError("oauth", provider, `${provider} ${what} failed: ${error.error}`, { status: error.status, oauthError: error.error, body: error.cause }, { cause: error });
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    return new UpstreamError("oauth", provider, `${provider} ${what} failed: ${error.status}`, { status: error.status, oauthError: "invalid_client" }, { cause: error });
  }
  if (error instanceof oauth.OperationProcessingError) {
    if (error.code === oauth.RESPONSE_IS_NOT_CONFORM) {
      const status = (error.cause as Response | undefined)?.status;
      return new UpstreamError("status", provider, `${provider} ${what} answered HTTP ${status ?? "?"}`, { status }, { cause: error });
    }
    return new UpstreamError("body", provider, `${provider} ${what}: ${error.message}`, {}, { cause: error });
  }
  if (error instanceof TypeError || (error instanceof Error && /abort|timeout/i.test(error.name))) {
    return new UpstreamError("network", provider, `${provider} could not be reached for ${what}`, {}, { cause: error });
  }
  return new UpstreamError("body", provider, `${provider} ${what} failed`, {}, { cause: error });
}
