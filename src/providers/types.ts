import type { HttpDeps } from "./http.js";

/** Provider ids as they appear in REST paths and the database. */
export const PROVIDER_IDS = ["google", "github", "supabase"] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}

/** Tokens as the provider issued them (plaintext: lives only in memory, between upstream and the cipher). */
export interface TokenSet {
  accessToken: string;
  /** Absent when the provider sent none (keep the stored one). */
  refreshToken?: string;
  expiresAt?: Date;
  refreshTokenExpiresAt?: Date;
  /** Granted scopes in canonical form, when the provider reports them. */
  scopes?: string[];
}

export interface AccountIdentity {
  /** The upstream's stable key for the account (never an email). */
  accountId: string;
  /** What a person recognizes: email, login, or a label. */
  accountLabel: string;
}

export interface RevocationOutcome {
  revoked: boolean;
  /** Why nothing was revoked (not an exception: revocation never blocks a disconnect). */
  error?: string;
}

/**
 * How one provider's scopes relate, as data (src/scopes compares them): the canonical form of a
 * scope string and which broader scope includes which narrower ones.
 */
export interface ScopeHierarchy {
  /** Canonical form of one scope string (Google short names → full URLs; GitHub lower case). */
  normalize(scope: string): string;
  /** A scope → the narrower scopes it directly includes (canonical forms); inclusion is transitive. */
  includes: Readonly<Record<string, readonly string[]>>;
  /**
   * Whether a connection's access is expressed as scopes at all; default true. False for GitHub App
   * user tokens, whose access is the app's fixed permissions.
   */
  appliesTo?(connection: { hasRefreshToken: boolean }): boolean;
}

interface ProviderBase {
  id: ProviderId;
  displayName: string;
  /** Canonical form of one scope string (e.g. Google short names → full URLs). */
  normalizeScope(scope: string): string;
}

/** A provider users connect through an OAuth 2.0 authorization-code flow with PKCE. */
export interface OAuthProvider extends ProviderBase {
  authType: "OAUTH2";
  /** The `iss` a callback may carry (RFC 9207); compared by simple string equality. */
  issuer: string;
  /** Scopes every authorization asks for on top of the caller's (Google: `openid email`). */
  baseScopes: string[];
  /**
   * True when the provider adds previously granted scopes to a new authorization by itself (Google's
   * `include_granted_scopes`): an incremental authorization then asks only for what is missing.
   * False: the new token carries only what was asked, so the gateway asks for the union.
   */
  includesGrantedScopes: boolean;
  buildAuthorizationUrl(params: {
    redirectUri: string;
    state: string;
    codeChallenge: string;
    scopes: string[];
    /** Incremental authorization of an existing grant. */
    incremental: boolean;
  }): URL;
  /** Validates the callback parameters (error, iss) and exchanges the code. */
  exchangeCode(params: { callback: URLSearchParams; state: string; redirectUri: string; codeVerifier: string }): Promise<TokenSet>;
  refreshAccessToken(refreshToken: string): Promise<TokenSet>;
  fetchIdentity(accessToken: string): Promise<AccountIdentity>;
  revoke(tokens: { accessToken: string; refreshToken?: string }): Promise<RevocationOutcome>;
}

/** A provider users connect by pasting a key. */
export interface ApiKeyProvider extends ProviderBase {
  authType: "API_KEY";
  /** Checks the key upstream; throws an UpstreamError when the provider rejects it. */
  verifyKey(key: string): Promise<AccountIdentity & { scopes: string[] }>;
  revoke(tokens: { accessToken: string }): Promise<RevocationOutcome>;
}

export type Provider = OAuthProvider | ApiKeyProvider;

/** What each provider module exports: a factory that is null when the provider is not configured. */
export interface ProviderModule<C> {
  id: ProviderId;
  displayName: string;
  authType: Provider["authType"];
  /** Scope semantics; static, so they hold whether or not the provider is configured. */
  scopes: ScopeHierarchy;
  create(config: C, http: HttpDeps): Provider;
}
