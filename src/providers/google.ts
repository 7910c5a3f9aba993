import type { Config } from "../config.js";
import { expectField, requestJson, type HttpDeps } from "./http.js";
import { googleScopes, normalizeGoogleScope } from "./google-scopes.js";
import { createOAuthClient } from "./oauth.js";
import type { OAuthProvider, ProviderModule } from "./types.js";
import { createGoogleResources, GOOGLE_RESOURCE_TYPES } from "./google-resources.js";

const EMAIL_SCOPE = normalizeGoogleScope("email");

export type GoogleConfig = NonNullable<Config["google"]>;

interface UserInfo {
  sub?: string;
  email?: string;
}

export const google: ProviderModule<GoogleConfig> = {
  id: "google",
  displayName: "Google",
  authType: "OAUTH2",
  scopes: googleScopes,
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
      baseScopes: ["openid", EMAIL_SCOPE],
      includesGrantedScopes: true,
      normalizeScope: normalizeGoogleScope,
      resources: createGoogleResources(cfg),
      buildAuthorizationUrl({ redirectUri, state, codeChallenge, scopes }) {
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
        return url;
      },
      exchangeCode: (p) => oauth.exchangeCode(p),
      // Google keeps the refresh token (a refresh sends none back).
      rotatesRefreshTokens: false,
      refreshAccessToken: (refreshToken, options) => oauth.refresh(refreshToken, options),
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
