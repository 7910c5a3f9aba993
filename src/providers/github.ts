import type { Config } from "../config.js";
import { expectField, requestJson, UpstreamError, type HttpDeps } from "./http.js";
import { githubScopes } from "./github-scopes.js";
import { createOAuthClient } from "./oauth.js";
import type { OAuthProvider, ProviderModule } from "./types.js";
import { createGithubResources, GITHUB_RESOURCE_TYPES } from "./github-resources.js";

/** Headers every GitHub REST call carries (GitHub rejects requests without a User-Agent). */
export const GITHUB_API_HEADERS = {
  accept: "application/vnd.github+json",
  "x-github-api-version": "2022-11-28",
  "user-agent": "integrations-gateway",
} as const;

// GitHub: the token endpoint answers errors with HTTP 200 and an `error` field; turn those into the
// 400 an RFC 6749 client expects, so oauth4webapi parses them as OAuth errors.
async function adaptTokenResponse(response: Response): Promise<Response> {
  if (response.status !== 200) return response;
  const text = await response.text();
  let status = 200;
  try {
    if (typeof JSON.parse(text)?.error === "string") status = 400;
  } catch {
    // not JSON: oauth4webapi reports it as an unexpected body
  }
  return new Response(text, { status, headers: response.headers });
}

// GitHub: granted scopes come back comma-separated ("repo,gist").
const parseGithubScopes = (scope: string) => scope.split(/[,\s]+/).filter(Boolean);

export type GithubConfig = NonNullable<Config["github"]>;

export const github: ProviderModule<GithubConfig> = {
  id: "github",
  displayName: "GitHub",
  authType: "OAUTH2",
  scopes: githubScopes,
  resourceTypes: GITHUB_RESOURCE_TYPES,
  create(cfg: GithubConfig, http: HttpDeps): OAuthProvider {
    const oauth = createOAuthClient({
      provider: "github",
      // GitHub sends no `iss` and publishes no metadata; the issuer is only our own label for it.
      server: { issuer: "https://github.com", authorization_endpoint: cfg.authorizationUrl, token_endpoint: cfg.tokenUrl },
      clientId: cfg.clientId,
      clientSecret: cfg.clientSecret,
      clientAuth: "post",
      tokenHeaders: { accept: "application/json" },
      adaptTokenResponse,
      parseScope: parseGithubScopes,
      http,
    });
    const api = (path: string) => `${cfg.apiBaseUrl}${path}`;
    return {
      id: "github",
      displayName: "GitHub",
      authType: "OAUTH2",
      issuer: "https://github.com",
      baseScopes: [],
      // GitHub: a new token carries only the scopes asked for, so re-authorization asks for the union.
      includesGrantedScopes: false,
      normalizeScope: githubScopes.normalize,
      resources: createGithubResources(cfg.apiBaseUrl),
      buildAuthorizationUrl({ redirectUri, state, codeChallenge, scopes }) {
        const url = new URL(cfg.authorizationUrl);
        url.search = new URLSearchParams({
          client_id: cfg.clientId,
          redirect_uri: redirectUri,
          scope: scopes.join(" "),
          state,
          code_challenge: codeChallenge,
          code_challenge_method: "S256",
        }).toString();
        return url;
      },
      exchangeCode: (p) => oauth.exchangeCode(p),
      // GitHub Apps: strict rotation (the used refresh token and the old access token die at once).
      rotatesRefreshTokens: true,
      refreshAccessToken: (refreshToken, options) => oauth.refresh(refreshToken, options),
      async fetchIdentity(accessToken) {
        const { body } = await requestJson<{ id?: number; login?: string }>(http, "github", api("/user"), {
          headers: { ...GITHUB_API_HEADERS, authorization: `Bearer ${accessToken}` },
        });
        const id = expectField("github", body?.id, "a user id");
        return { accountId: String(id), accountLabel: body.login ?? String(id) };
      },
      async revoke({ accessToken }) {
        // GitHub: DELETE /applications/{client_id}/grant ends the whole authorization (all tokens).
        try {
          await requestJson(http, "github", api(`/applications/${encodeURIComponent(cfg.clientId)}/grant`), {
            method: "DELETE",
            headers: {
              ...GITHUB_API_HEADERS,
              authorization: `Basic ${Buffer.from(`${cfg.clientId}:${cfg.clientSecret}`).toString("base64")}`,
              "content-type": "application/json",
            },
            body: JSON.stringify({ access_token: accessToken }),
            okStatuses: [204],
          });
          return { revoked: true };
        } catch (error) {
          const message = error instanceof UpstreamError ? error.message : "revocation failed";
          return { revoked: false, error: message };
        }
      },
    };
  },
};
