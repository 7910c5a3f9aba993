import { createGoogleResources, GOOGLE_RESOURCE_TYPES } from "./google-resources.js";
import type { Config } from "../config.js";
import { expectField, requestJson, type HttpDeps } from "./http.js";
import { createOAuthClient } from "./oauth.js";
import type { OAuthProvider, ProviderModule } from "./types.js";

// Google: scopes come back as full URLs; `email`/`profile` are aliases of userinfo.* (upstream-apis §1).
const SCOPE_PREFIX = "https://www.googleapis.com/auth/";
const SCOPE_ALIASES: Record<string, string> = {
  email: `${SCOPE_PREFIX}userinfo.email`,
  profile: `${SCOPE_PREFIX}userinfo.profile`,
};
const BARE_SCOPES = new Set(["openid", "https://mail.google.com/"]);

/** `drive.readonly` → `https://www.googleapis.com/auth/drive.readonly`; full URLs and `openid` unchanged. */
export function normalizeGoogleScope(scope: string): string {
  const s = scope.trim();
  if (SCOPE_ALIASES[s]) return SCOPE_ALIASES[s]!;
  if (BARE_SCOPES.has(s) || /^https?:\/\//.test(s)) return s;
  return SCOPE_PREFIX + s;
}

export type GoogleConfig = NonNullable<Config["google"]>;

interface UserInfo {
  sub?: string;
  email?: string;
}

export const google: ProviderModule<GoogleConfig> = {
  id: "google",
  displayName: "Google",
  authType: "OAUTH2",
  resourceTypes: GOOGLE_RESOURCE_TYPES,
  create(cfg: GoogleConfig, http: HttpDeps): OAuthProvider {
    const oauth = createOAuthClient({
      provider: "google",
      server: {
        issuer: cfg.issuer,
        authorization_endpoint: cfg.authorizationUrl,
        token_endpoint: cfg.tokenUrl,
        revocation_endpoint: cfg.revocationUrl,
        userinfo_endpoint: cfg.userinfoUrl,
      },
      clientId: cfg.clientId,
      clientSecret: cfg.clientSecret,
      clientAuth: "post",
      http,
    });
    return {
      id: "google",
      displayName: "Google",
      authType: "OAUTH2",
      issuer: cfg.issuer,
      baseScopes: ["openid", SCOPE_ALIASES.email!],
      normalizeScope: normalizeGoogleScope,
      resources: createGoogleResources(cfg),
      buildAuthorizationUrl({ redirectUri, state, codeChallenge, scopes, incremental }) {
        const url = new URL(cfg.authorizationUrl);
        url.search = new URLSearchParams({
          client_id: cfg.clientId,
          redirect_uri: redirectUri,
          response_type: "code",
          scope: scopes.join(" "),
          state,
          code_challenge: codeChallenge,
          code_challenge_method: "S256",
          // offline + consent: Google only sends a refresh token when consent is shown.
          access_type: "offline",
          prompt: "consent",
          include_granted_scopes: "true",
        }).toString();
        void incremental; // Google always unions grants with include_granted_scopes=true.
        return url;
      },
      exchangeCode: (p) => oauth.exchangeCode(p),
      refreshAccessToken: (refreshToken) => oauth.refresh(refreshToken),
      async fetchIdentity(accessToken) {
        const { body } = await requestJson<UserInfo>(http, "google", cfg.userinfoUrl, {
          headers: { authorization: `Bearer ${accessToken}`, accept: "application/json" },
        });
        const sub = expectField("google", body?.sub, "a subject (sub)");
        return { accountId: sub, accountLabel: body.email ?? sub };
      },
      async revoke({ accessToken, refreshToken }) {
        // Google: revoking either token ends the whole grant; the refresh token outlives the access token.
        try {
          await oauth.revoke(refreshToken ?? accessToken, refreshToken ? "refresh_token" : "access_token");
          return { revoked: true };
        } catch (error) {
          return { revoked: false, error: error instanceof Error ? error.message : "revocation failed" };
        }
      },
    };
  },
};
