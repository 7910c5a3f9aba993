import { bearerOf, clientCredentials, FakeUpstream, formOf, html, json, randomId, redirectTo, s256, type FakeRequest, type FakeResponse } from "./server.js";

/**
 * GitHub's OAuth as upstream-apis.md §3 describes it: authorize, access_token (errors with HTTP 200
 * and an `error` field; JSON only with Accept: application/json), GitHub App mode with expiring,
 * strictly rotating refresh tokens, /user with X-OAuth-Scopes and rate-limit headers, and grant
 * revocation. Resource APIs plug in with `use()`.
 */
export interface GithubUser {
  id: number;
  login: string;
  name?: string;
}

export interface GithubToken {
  userId: number;
  scopes: string[];
  expiresAt: number | null;
  revoked: boolean;
}

interface CodeRecord {
  userId: number;
  redirectUri: string | null;
  scopes: string[];
  challenge?: string;
  expiresAt: number;
  used: boolean;
}

// GitHub stores a normalized list: a scope covered by a broader requested one is dropped.
const PARENT: Record<string, string> = {
  "repo:status": "repo", repo_deployment: "repo", public_repo: "repo", "repo:invite": "repo", security_events: "repo",
  "read:user": "user", "user:email": "user", "user:follow": "user",
  "write:org": "admin:org", "read:org": "admin:org",
  "read:project": "project",
};
export function normalizeGithubScopes(scopes: string[]): string[] {
  const set = new Set(scopes.map((s) => s.trim()).filter(Boolean));
  const covered = (s: string): boolean => !!PARENT[s] && (set.has(PARENT[s]!) || covered(PARENT[s]!));
  return [...set].filter((s) => !covered(s));
}

export interface FakeGithubOptions {
  clientId?: string;
  clientSecret?: string;
  callbackUrl?: string;
  /** "oauth-app": non-expiring tokens; "github-app": 8 h tokens with rotating refresh tokens. */
  mode?: "oauth-app" | "github-app";
  now?: () => number;
}

export class FakeGithub extends FakeUpstream {
  readonly clientId: string;
  readonly clientSecret: string;
  callbackUrl: string;
  mode: "oauth-app" | "github-app";
  now: () => number;
  consent: "approve" | "deny" = "approve";
  user: GithubUser = { id: 583231, login: "octocat", name: "The Octocat" };
  /** Users may grant fewer scopes than requested: when set, only these. */
  grantOnly: string[] | null = null;
  rateLimit = { limit: 5000, remaining: 5000, reset: Math.floor(Date.now() / 1000) + 3600 };
  /** `refreshReplayed`: refresh requests presenting a refresh token that was already used (or revoked). */
  readonly counters = { authorize: 0, codeExchange: 0, refresh: 0, refreshReplayed: 0, revoke: 0, user: 0 };
  readonly tokens = new Map<string, GithubToken>();
  /** `uses`: how many refresh requests presented this refresh token. */
  readonly refreshTokens = new Map<string, { userId: number; scopes: string[]; used: boolean; expiresAt: number; uses: number }>();
  /** How the next refresh answers go out, once GitHub has handled them (rotation done): late, or lost. */
  private readonly refreshAnswers: ({ delayMs: number } | "drop")[] = [];
  private readonly codes = new Map<string, CodeRecord>();
  private readonly users = new Map<number, GithubUser>();

  constructor(options: FakeGithubOptions = {}) {
    super();
    this.clientId = options.clientId ?? "Iv1.fakegithubclient";
    this.clientSecret = options.clientSecret ?? "github-client-secret";
    this.callbackUrl = options.callbackUrl ?? "";
    this.mode = options.mode ?? "oauth-app";
    this.now = options.now ?? Date.now;
  }



  env(): Record<string, string> {
    return {
      GITHUB_CLIENT_ID: this.clientId,
      GITHUB_CLIENT_SECRET: this.clientSecret,
      GITHUB_AUTHORIZATION_URL: `${this.url}/login/oauth/authorize`,
      GITHUB_TOKEN_URL: `${this.url}/login/oauth/access_token`,
      GITHUB_API_BASE_URL: this.url,
    };
  }


  /** Rate-limit headers of a counted request (decrements the primary limit). */
  rateLimitHeaders(count = true): Record<string, string> {
    if (count && this.rateLimit.remaining > 0) this.rateLimit.remaining--;
    return {
      "x-ratelimit-limit": String(this.rateLimit.limit),
      "x-ratelimit-remaining": String(this.rateLimit.remaining),
      "x-ratelimit-used": String(this.rateLimit.limit - this.rateLimit.remaining),
      "x-ratelimit-reset": String(this.rateLimit.reset),
      "x-ratelimit-resource": "core",
    };
  }

  /** The token of an API request, or GitHub's 401 "Bad credentials". */
  authenticate(req: FakeRequest): { token: GithubToken; value: string } | { error: FakeResponse } {
    if (!req.headers["user-agent"]) {
      return { error: json(403, { message: "Request forbidden by administrative rules. Please make sure your request has a User-Agent header." }) };
    }
    const value = bearerOf(req) ?? /^token\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? "";
    const token = this.tokens.get(value);
    if (!token || token.revoked || (token.expiresAt !== null && token.expiresAt <= this.now())) {
      return { error: json(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest", status: "401" }) };
    }
    return { token, value };
  }

  revokeAll(userId: number): void {
    for (const t of this.tokens.values()) if (t.userId === userId) t.revoked = true;
    for (const r of this.refreshTokens.values()) if (r.userId === userId) r.used = true;
  }

  /** Expires every access token now (refresh tokens stay valid). */
  expireAccessTokens(): void {
    for (const t of this.tokens.values()) t.expiresAt = this.now() - 1;
  }

  /**
   * The next refresh is handled as usual (a rotation kills the used refresh token at once), but its
   * answer is sent `delayMs` late, or never ("drop": the connection closes instead).
   */
  answerNextRefresh(how: { delayMs: number } | "drop"): void {
    this.refreshAnswers.push(how);
  }

  protected async handle(req: FakeRequest): Promise<FakeResponse> {
    if (req.method === "GET" && req.path === "/login/oauth/authorize") return this.authorize(req);
    if (req.method === "POST" && req.path === "/login/oauth/access_token") return this.accessToken(req);
    if (req.method === "GET" && req.path === "/user") return this.getUser(req);
    const revoke = /^\/applications\/([^/]+)\/(grant|token)$/.exec(req.path);
    if (req.method === "DELETE" && revoke) return this.revoke(req, decodeURIComponent(revoke[1]!), revoke[2] as "grant" | "token");
    const extended = await this.extended(req);
    if (extended) return extended;
    return json(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" });
  }

  private redirectAllowed(redirectUri: string): boolean {
    // OAuth Apps: same host and port as the registered callback, path at or below it.
    const registered = new URL(this.callbackUrl);
    const asked = new URL(redirectUri);
    return asked.host === registered.host && asked.protocol === registered.protocol && asked.pathname.startsWith(registered.pathname);
  }

  private authorize(req: FakeRequest): FakeResponse {
    this.counters.authorize++;
    const q = req.query;
    if (q.get("client_id") !== this.clientId) return html(404, "Not Found");
    const redirectUri = q.get("redirect_uri");
    const back = (target: string, params: Record<string, string>) => {
      const url = new URL(target);
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
      const state = q.get("state");
      if (state !== null) url.searchParams.set("state", state);
      return redirectTo(url.toString());
    };
    if (redirectUri && !this.redirectAllowed(redirectUri)) {
      return back(this.callbackUrl, {
        error: "redirect_uri_mismatch",
        error_description: "The redirect_uri MUST match the registered callback URL for this application.",
        error_uri: "https://docs.github.com/apps/managing-oauth-apps/troubleshooting-authorization-request-errors/#redirect-uri-mismatch",
      });
    }
    const target = redirectUri ?? this.callbackUrl;
    if (q.get("code_challenge") && (q.get("code_challenge_method") ?? "plain") !== "S256") {
      return back(target, { error: "invalid_request", error_description: "Only S256 is supported" });
    }
    if (this.consent === "deny") {
      return back(target, {
        error: "access_denied",
        error_description: "The user has denied your application access.",
        error_uri: "https://docs.github.com/apps/managing-oauth-apps/troubleshooting-authorization-request-errors/#access-denied",
      });
    }
    // GitHub documents spaces; commas are accepted too.
    const requested = (q.get("scope") ?? "").split(/[\s,]+/).filter(Boolean);
    const granted = normalizeGithubScopes(this.grantOnly ? requested.filter((s) => this.grantOnly!.includes(s)) : requested);
    this.users.set(this.user.id, { ...this.user });
    const code = randomId(15).replace(/[^a-zA-Z0-9]/g, "a").slice(0, 20);
    this.codes.set(code, { userId: this.user.id, redirectUri, scopes: granted, challenge: q.get("code_challenge") ?? undefined, expiresAt: this.now() + 10 * 60_000, used: false });
    return back(target, { code });
  }

  /** GitHub answers token errors with HTTP 200; the body format follows Accept. */
  private tokenResponse(req: FakeRequest, body: Record<string, string | number>): FakeResponse {
    if ((req.headers.accept ?? "").includes("application/json")) return json(200, body, { "cache-control": "no-store" });
    return { status: 200, body: new URLSearchParams(Object.entries(body).map(([k, v]) => [k, String(v)])).toString(), headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" } };
  }

  private tokenError(req: FakeRequest, error: string, description: string) {
    return this.tokenResponse(req, { error, error_description: description, error_uri: `https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#${error.replace(/_/g, "-")}` });
  }

  private async accessToken(req: FakeRequest): Promise<FakeResponse> {
    const form = new URLSearchParams([...req.query, ...formOf(req)]);
    const client = clientCredentials(req, form);
    if (client.id !== this.clientId || client.secret !== this.clientSecret) {
      return this.tokenError(req, "incorrect_client_credentials", "The client_id and/or client_secret passed are incorrect.");
    }
    if (form.get("grant_type") === "refresh_token") return this.refresh(req, form);
    this.counters.codeExchange++;
    const record = this.codes.get(form.get("code") ?? "");
    if (!record || record.used || record.expiresAt <= this.now()) {
      return this.tokenError(req, "bad_verification_code", "The code passed is incorrect or expired.");
    }
    record.used = true;
    const redirectUri = form.get("redirect_uri");
    if (record.redirectUri && redirectUri !== record.redirectUri) {
      return this.tokenError(req, "redirect_uri_mismatch", "The redirect_uri MUST match the registered callback URL for this application.");
    }
    const verifier = form.get("code_verifier");
    if (record.challenge ? !verifier || (await s256(verifier)) !== record.challenge : !!verifier) {
      return this.tokenError(req, "bad_verification_code", "The code passed is incorrect or expired.");
    }
    return this.tokenResponse(req, this.issue(record.userId, record.scopes));
  }

  private refresh(req: FakeRequest, form: URLSearchParams): FakeResponse {
    const response = this.rotate(req, form);
    const how = this.refreshAnswers.shift();
    return how === undefined ? response : how === "drop" ? { ...response, dropAnswer: true } : { ...response, delayMs: how.delayMs };
  }

  private rotate(req: FakeRequest, form: URLSearchParams): FakeResponse {
    this.counters.refresh++;
    const value = form.get("refresh_token") ?? "";
    const record = this.refreshTokens.get(value);
    if (record) record.uses++;
    if (record?.used) this.counters.refreshReplayed++;
    if (this.mode !== "github-app" || !record || record.used || record.expiresAt <= this.now()) {
      return this.tokenError(req, "bad_refresh_token", "The refresh token passed is incorrect or expired.");
    }
    // Strict rotation: the used refresh token and the old access tokens stop working at once.
    record.used = true;
    for (const t of this.tokens.values()) if (t.userId === record.userId) t.revoked = true;
    return this.tokenResponse(req, this.issue(record.userId, record.scopes));
  }

  private issue(userId: number, scopes: string[]): Record<string, string | number> {
    if (this.mode === "oauth-app") {
      const access = `gho_${randomId(27).replace(/[^a-zA-Z0-9]/g, "x")}`;
      this.tokens.set(access, { userId, scopes, expiresAt: null, revoked: false });
      return { access_token: access, scope: scopes.join(","), token_type: "bearer" };
    }
    const access = `ghu_${randomId(27).replace(/[^a-zA-Z0-9]/g, "x")}`;
    const refresh = `ghr_${randomId(56).replace(/[^a-zA-Z0-9]/g, "x")}`;
    this.tokens.set(access, { userId, scopes, expiresAt: this.now() + 28_800_000, revoked: false });
    this.refreshTokens.set(refresh, { userId, scopes, used: false, expiresAt: this.now() + 15_811_200_000, uses: 0 });
    return { access_token: access, expires_in: 28800, refresh_token: refresh, refresh_token_expires_in: 15811200, scope: "", token_type: "bearer" };
  }

  private getUser(req: FakeRequest): FakeResponse {
    this.counters.user++;
    const auth = this.authenticate(req);
    if ("error" in auth) return auth.error;
    const user = this.users.get(auth.token.userId) ?? this.user;
    return json(200, { login: user.login, id: user.id, name: user.name ?? null, email: null, avatar_url: `https://avatars.githubusercontent.com/u/${user.id}`, type: "User" }, {
      ...this.rateLimitHeaders(),
      "x-oauth-scopes": this.mode === "oauth-app" ? auth.token.scopes.join(", ") : "",
      "x-accepted-oauth-scopes": "",
    });
  }

  private revoke(req: FakeRequest, clientId: string, what: "grant" | "token"): FakeResponse {
    this.counters.revoke++;
    const client = clientCredentials(req, new URLSearchParams());
    if (!client.viaHeader || client.id !== this.clientId || client.secret !== this.clientSecret || clientId !== this.clientId) {
      return json(401, { message: "Requires authentication", documentation_url: "https://docs.github.com/rest", status: "401" });
    }
    let accessToken = "";
    try {
      accessToken = String((JSON.parse(req.body || "{}") as { access_token?: string }).access_token ?? "");
    } catch {
      return json(400, { message: "Problems parsing JSON", status: "400" });
    }
    const token = this.tokens.get(accessToken);
    if (!token) return json(422, { message: "Validation Failed", errors: [{ resource: "Application", field: "access_token", code: "invalid" }], status: "422" });
    if (what === "grant") this.revokeAll(token.userId);
    else token.revoked = true;
    return { status: 204 };
  }

}
