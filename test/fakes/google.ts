import { generateKeyPair, SignJWT } from "jose";
import { bearerOf, clientCredentials, FakeUpstream, formOf, html, json, randomId, redirectTo, s256, VERIFIER_SYNTAX, type FakeRequest, type FakeResponse } from "./server.js";

/**
 * Google's OAuth 2.0 web-server flow as upstream-apis.md §1 describes it: authorize (with an
 * auto-consent switch), token (code + refresh), revoke, userinfo. Codes are single-use, bound to
 * client and redirect_uri, live 10 minutes; PKCE is checked; errors use Google's bodies.
 * Resource APIs (Drive, Sheets, Gmail) plug in with `use()`.
 */
export const GOOGLE_ISSUER = "https://accounts.google.com";
const SCOPE_PREFIX = "https://www.googleapis.com/auth/";
const ALIASES: Record<string, string> = { email: `${SCOPE_PREFIX}userinfo.email`, profile: `${SCOPE_PREFIX}userinfo.profile` };
const normalize = (s: string) => ALIASES[s] ?? s;

export interface GoogleAccount {
  sub: string;
  email: string;
  name?: string;
}

interface Grant {
  clientId: string;
  sub: string;
  scopes: Set<string>;
}

interface CodeRecord {
  clientId: string;
  redirectUri: string;
  sub: string;
  scopes: string[];
  challenge?: string;
  method?: string;
  offline: boolean;
  consent: boolean;
  expiresAt: number;
  used: boolean;
  issued: string[];
}

export interface AccessTokenRecord {
  sub: string;
  clientId: string;
  scopes: Set<string>;
  expiresAt: number;
  revoked: boolean;
}

interface RefreshTokenRecord {
  sub: string;
  clientId: string;
  revoked: boolean;
}

export interface FakeGoogleOptions {
  clientId?: string;
  clientSecret?: string;
  redirectUris?: string[];
  /** Access token lifetime in seconds; default 3599. */
  accessTokenTtl?: number;
  now?: () => number;
}

export class FakeGoogle extends FakeUpstream {
  readonly clientId: string;
  readonly clientSecret: string;
  redirectUris: string[];
  accessTokenTtl: number;
  now: () => number;
  /** What the user clicks on the consent screen. */
  consent: "approve" | "deny" = "approve";
  /** The account that signs in on the next authorization. */
  account: GoogleAccount = { sub: "110000000000000000001", email: "ada@example.com", name: "Ada" };
  /** Granular consent: when set, only these (full-form) scopes are granted, plus openid/email. */
  grantOnly: string[] | null = null;
  /** False: code exchanges return no refresh token (as when Google shows no consent screen). */
  issueRefreshTokens = true;
  /** The `iss` sent on the redirect; null to omit it. */
  issParameter: string | null = GOOGLE_ISSUER;
  readonly counters = { authorize: 0, codeExchange: 0, refresh: 0, revoke: 0, userinfo: 0 };
  readonly accessTokens = new Map<string, AccessTokenRecord>();
  readonly refreshTokens = new Map<string, RefreshTokenRecord>();
  private readonly codes = new Map<string, CodeRecord>();
  private readonly grants = new Map<string, Grant>();
  private signingKey?: CryptoKey;

  constructor(options: FakeGoogleOptions = {}) {
    super();
    this.clientId = options.clientId ?? "google-client-id.apps.googleusercontent.com";
    this.clientSecret = options.clientSecret ?? "GOCSPX-google-secret";
    this.redirectUris = options.redirectUris ?? [];
    this.accessTokenTtl = options.accessTokenTtl ?? 3599;
    this.now = options.now ?? Date.now;
  }

  override async start(): Promise<this> {
    this.signingKey = (await generateKeyPair("RS256")).privateKey;
    return super.start();
  }


  /** The environment pointing the gateway at this fake. */
  env(): Record<string, string> {
    return {
      GOOGLE_CLIENT_ID: this.clientId,
      GOOGLE_CLIENT_SECRET: this.clientSecret,
      GOOGLE_AUTHORIZATION_URL: `${this.url}/o/oauth2/v2/auth`,
      GOOGLE_TOKEN_URL: `${this.url}/token`,
      GOOGLE_REVOCATION_URL: `${this.url}/revoke`,
      GOOGLE_USERINFO_URL: `${this.url}/v1/userinfo`,
      GOOGLE_ISSUER: GOOGLE_ISSUER,
      GOOGLE_API_BASE_URL: this.url,
      GOOGLE_SHEETS_API_BASE_URL: this.url,
    };
  }

  /** Adds routes (Drive, Sheets, Gmail…); a handler returns undefined to pass. */

  /** The live (unexpired, unrevoked) access token of a request, or the 401 Google would answer. */
  authenticate(req: FakeRequest): { token: AccessTokenRecord } | { error: FakeResponse } {
    const record = this.accessTokens.get(bearerOf(req) ?? "");
    if (!record || record.revoked || record.expiresAt <= this.now()) {
      return {
        error: json(401, {
          error: {
            code: 401,
            message: "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
            errors: [{ message: "Invalid Credentials", domain: "global", reason: "authError", location: "Authorization", locationType: "header" }],
            status: "UNAUTHENTICATED",
          },
        }, { "www-authenticate": 'Bearer realm="https://accounts.google.com/", error="invalid_token"' }),
      };
    }
    return { token: record };
  }

  /** Makes every token of the account's grant invalid, as if the user removed the app. */
  revokeGrant(sub: string): void {
    this.grants.delete(`${this.clientId}:${sub}`);
    for (const t of this.accessTokens.values()) if (t.sub === sub) t.revoked = true;
    for (const t of this.refreshTokens.values()) if (t.sub === sub) t.revoked = true;
  }

  /** Expires every access token now (refresh tokens stay valid). */
  expireAccessTokens(): void {
    for (const t of this.accessTokens.values()) t.expiresAt = this.now() - 1;
  }

  grantedScopes(sub: string): string[] {
    return [...(this.grants.get(`${this.clientId}:${sub}`)?.scopes ?? [])].sort();
  }

  protected async handle(req: FakeRequest): Promise<FakeResponse> {
    if (req.method === "GET" && req.path === "/o/oauth2/v2/auth") return this.authorize(req);
    if (req.method === "POST" && req.path === "/token") return this.token(req);
    if (req.method === "POST" && req.path === "/revoke") return this.revoke(req);
    if (req.method === "GET" && req.path === "/v1/userinfo") return this.userinfo(req);
    const extended = await this.extended(req);
    if (extended) return extended;
    return json(404, { error: { code: 404, message: "Not Found", status: "NOT_FOUND" } });
  }

  private authorize(req: FakeRequest): FakeResponse {
    this.counters.authorize++;
    const q = req.query;
    // Google: bad client_id or redirect_uri get an error page, never a redirect.
    if (q.get("client_id") !== this.clientId) return html(401, "Error 401: invalid_client. The OAuth client was not found.");
    const redirectUri = q.get("redirect_uri") ?? "";
    if (!this.redirectUris.includes(redirectUri)) return html(400, "Error 400: redirect_uri_mismatch");
    const back = (params: Record<string, string>) => {
      const url = new URL(redirectUri);
      const state = q.get("state");
      if (state !== null) url.searchParams.set("state", state);
      if (this.issParameter !== null) url.searchParams.set("iss", this.issParameter);
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
      return redirectTo(url.toString());
    };
    if (q.get("response_type") !== "code") return back({ error: "unsupported_response_type" });
    const requested = (q.get("scope") ?? "").split(" ").filter(Boolean).map(normalize);
    if (requested.length === 0) return html(400, "Error 400: invalid_request. Missing required parameter: scope");
    const method = q.get("code_challenge_method") ?? (q.get("code_challenge") ? "plain" : undefined);
    if (method && method !== "S256" && method !== "plain") return back({ error: "invalid_request" });
    if (this.consent === "deny") return back({ error: "access_denied" });

    const alwaysGranted = new Set(["openid", ALIASES.email!, ALIASES.profile!]);
    let granted = requested.filter((s) => !this.grantOnly || this.grantOnly.includes(s) || alwaysGranted.has(s));
    const grantKey = `${this.clientId}:${this.account.sub}`;
    const grant = this.grants.get(grantKey);
    if (q.get("include_granted_scopes") === "true" && grant) granted = [...new Set([...grant.scopes, ...granted])];
    this.knownAccounts.set(this.account.sub, { ...this.account });
    const code = `4/0A${randomId(24)}`;
    this.codes.set(code, {
      clientId: this.clientId,
      redirectUri,
      sub: this.account.sub,
      scopes: granted,
      challenge: q.get("code_challenge") ?? undefined,
      method,
      offline: q.get("access_type") === "offline",
      consent: (q.get("prompt") ?? "").split(" ").includes("consent") || !grant,
      expiresAt: this.now() + 10 * 60_000,
      used: false,
      issued: [],
    });
    return back({ code, scope: granted.join(" "), authuser: "0", prompt: "consent" });
  }

  private oauthError(status: number, error: string, description: string): FakeResponse {
    return json(status, { error, error_description: description }, { "cache-control": "no-store" });
  }

  private async token(req: FakeRequest): Promise<FakeResponse> {
    if (!(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
      return this.oauthError(400, "invalid_request", "Invalid content type");
    }
    const form = formOf(req);
    const client = clientCredentials(req, form);
    if (client.id !== this.clientId) return this.oauthError(401, "invalid_client", "The OAuth client was not found.");
    if (client.secret !== this.clientSecret) return this.oauthError(401, "invalid_client", "Unauthorized");
    const grantType = form.get("grant_type");
    if (grantType === "authorization_code") return this.exchangeCode(form);
    if (grantType === "refresh_token") return this.refresh(form);
    return this.oauthError(400, "unsupported_grant_type", "Invalid grant_type: " + grantType);
  }

  private async exchangeCode(form: URLSearchParams): Promise<FakeResponse> {
    this.counters.codeExchange++;
    const code = form.get("code") ?? "";
    const record = this.codes.get(code);
    if (!record) return this.oauthError(400, "invalid_grant", "Malformed auth code.");
    if (record.used) {
      // RFC 6749 §4.1.2: a replayed code revokes what it issued.
      for (const t of record.issued) {
        const access = this.accessTokens.get(t);
        if (access) access.revoked = true;
        const refresh = this.refreshTokens.get(t);
        if (refresh) refresh.revoked = true;
      }
      return this.oauthError(400, "invalid_grant", "Code was already redeemed.");
    }
    record.used = true;
    if (record.expiresAt <= this.now()) return this.oauthError(400, "invalid_grant", "Bad Request");
    if (form.get("redirect_uri") !== record.redirectUri) return this.oauthError(400, "redirect_uri_mismatch", "Bad Request");
    const verifier = form.get("code_verifier");
    if (record.challenge) {
      if (!verifier) return this.oauthError(400, "invalid_grant", "Missing code verifier.");
      const expected = record.method === "S256" ? await s256(verifier) : verifier;
      if (!VERIFIER_SYNTAX.test(verifier) || expected !== record.challenge) return this.oauthError(400, "invalid_grant", "Invalid code verifier.");
    } else if (verifier) {
      return this.oauthError(400, "invalid_grant", "Invalid code verifier.");
    }
    const grantKey = `${record.clientId}:${record.sub}`;
    const grant = this.grants.get(grantKey) ?? { clientId: record.clientId, sub: record.sub, scopes: new Set<string>() };
    for (const s of record.scopes) grant.scopes.add(s);
    this.grants.set(grantKey, grant);
    const body: Record<string, unknown> = {
      access_token: this.issueAccessToken(record.sub, new Set(record.scopes)),
      expires_in: this.accessTokenTtl,
      token_type: "Bearer",
      scope: record.scopes.join(" "),
    };
    record.issued.push(body.access_token as string);
    if (record.offline && record.consent && this.issueRefreshTokens) {
      const refresh = `1//0g${randomId(32)}`;
      this.refreshTokens.set(refresh, { sub: record.sub, clientId: record.clientId, revoked: false });
      record.issued.push(refresh);
      body.refresh_token = refresh;
    }
    if (record.scopes.includes("openid")) body.id_token = await this.idToken(record.sub);
    return json(200, body, { "cache-control": "no-store", pragma: "no-cache" });
  }

  private async refresh(form: URLSearchParams): Promise<FakeResponse> {
    this.counters.refresh++;
    const record = this.refreshTokens.get(form.get("refresh_token") ?? "");
    if (!record || record.revoked) return this.oauthError(400, "invalid_grant", "Token has been expired or revoked.");
    if (record.clientId !== this.clientId) return this.oauthError(401, "unauthorized_client", "Unauthorized");
    const scopes = this.grants.get(`${record.clientId}:${record.sub}`)?.scopes ?? new Set<string>();
    const body: Record<string, unknown> = {
      access_token: this.issueAccessToken(record.sub, new Set(scopes)),
      expires_in: this.accessTokenTtl,
      token_type: "Bearer",
      scope: [...scopes].join(" "),
    };
    if (scopes.has("openid")) body.id_token = await this.idToken(record.sub);
    // Google: no new refresh token on refresh.
    return json(200, body, { "cache-control": "no-store" });
  }

  private revoke(req: FakeRequest): FakeResponse {
    this.counters.revoke++;
    const token = formOf(req).get("token") ?? "";
    const sub = this.accessTokens.get(token)?.sub ?? this.refreshTokens.get(token)?.sub;
    const live = (this.accessTokens.get(token) && !this.accessTokens.get(token)!.revoked) || (this.refreshTokens.get(token) && !this.refreshTokens.get(token)!.revoked);
    if (!sub || !live) return json(400, { error: "invalid_token", error_description: "Token expired or revoked" });
    // Revoking either token ends the whole grant.
    this.revokeGrant(sub);
    return json(200, {});
  }

  private userinfo(req: FakeRequest): FakeResponse {
    this.counters.userinfo++;
    const auth = this.authenticate(req);
    if ("error" in auth) return auth.error;
    const account = this.accountOf(auth.token.sub);
    return json(200, { sub: account.sub, email: account.email, email_verified: true, name: account.name ?? account.email });
  }

  private readonly knownAccounts = new Map<string, GoogleAccount>();
  private accountOf(sub: string): GoogleAccount {
    return this.knownAccounts.get(sub) ?? this.account;
  }

  private issueAccessToken(sub: string, scopes: Set<string>): string {
    const token = `ya29.${randomId(32)}`;
    this.accessTokens.set(token, { sub, clientId: this.clientId, scopes, expiresAt: this.now() + this.accessTokenTtl * 1000, revoked: false });
    return token;
  }

  private async idToken(sub: string): Promise<string> {
    const account = this.accountOf(sub);
    const iat = Math.floor(this.now() / 1000);
    return new SignJWT({ email: account.email, email_verified: true, azp: this.clientId })
      .setProtectedHeader({ alg: "RS256", kid: "fake" })
      .setIssuer(GOOGLE_ISSUER)
      .setAudience(this.clientId)
      .setSubject(sub)
      .setIssuedAt(iat)
      .setExpirationTime(iat + 3600)
      .sign(this.signingKey!);
  }

}
