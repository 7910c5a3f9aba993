import { z } from "zod";
import { databaseUrlProblems } from "./db/url.js";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));
const url = (fallback: string) => z.url({ message: "must be an absolute URL" }).default(fallback);
const optionalUrl = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.url({ message: "must be an absolute URL" }).optional());

const flag = z
  .enum(["true", "false", "1", "0", ""], { message: "must be true or false" })
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v === "true" || v === "1"));

/** Every environment variable the gateway reads, with its default. */
export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Port to listen on; default 4000. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Interface to bind; default all interfaces. */
  HOST: z.string().default("0.0.0.0"),
  /** The URL browsers reach the gateway at (OAuth redirect URIs are built from it); default http://localhost:PORT. */
  PUBLIC_URL: optionalUrl,
  /** `file:./data/gateway.db` (SQLite, default) or `postgresql://…`. */
  DATABASE_URL: z.string().default("file:./data/gateway.db"),
  /** Comma-separated origins OAuth may return to; default: PUBLIC_URL's origin. */
  ALLOWED_RETURN_ORIGINS: optionalString,
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  AUTH_JWT_SECRET: optionalString,
  AUTH_JWKS_URL: optionalUrl,
  AUTH_JWT_ISSUER: optionalString,
  AUTH_JWT_AUDIENCE: optionalString,
  /** Service (tool runner) tokens, verified apart from users': HS256 secret (≥ 32 chars) or a JWKS; audience required. */
  SERVICE_JWT_SECRET: optionalString,
  SERVICE_JWKS_URL: optionalUrl,
  SERVICE_JWT_AUDIENCE: optionalString,
  SERVICE_JWT_ISSUER: optionalString,
  /** `kid:base64key` pairs (32-byte keys), comma-separated; the first encrypts, all decrypt. */
  TOKEN_ENCRYPTION_KEYS: optionalString,
  /** Signs the short-lived OAuth intents; at least 32 characters. */
  OAUTH_STATE_SECRET: optionalString,
  /** Per upstream request; default 10000 ms. */
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /**
   * Deadline of a refresh whose refresh token rotates (GitHub App): sent once, never replayed, so
   * it is not cut off by UPSTREAM_TIMEOUT_MS; default 60000 ms.
   */
  REFRESH_ROTATING_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  GOOGLE_AUTHORIZATION_URL: url("https://accounts.google.com/o/oauth2/v2/auth"),
  GOOGLE_TOKEN_URL: url("https://oauth2.googleapis.com/token"),
  GOOGLE_REVOCATION_URL: url("https://oauth2.googleapis.com/revoke"),
  GOOGLE_USERINFO_URL: url("https://openidconnect.googleapis.com/v1/userinfo"),
  GOOGLE_ISSUER: z.string().default("https://accounts.google.com"),
  GOOGLE_API_BASE_URL: url("https://www.googleapis.com"),
  GOOGLE_SHEETS_API_BASE_URL: url("https://sheets.googleapis.com"),
  GITHUB_CLIENT_ID: optionalString,
  GITHUB_CLIENT_SECRET: optionalString,
  GITHUB_AUTHORIZATION_URL: url("https://github.com/login/oauth/authorize"),
  GITHUB_TOKEN_URL: url("https://github.com/login/oauth/access_token"),
  GITHUB_API_BASE_URL: url("https://api.github.com"),
  SUPABASE_API_BASE_URL: url("https://api.supabase.com"),
  // Operations (issue 12): CORS, shutdown, metrics.
  /** Comma-separated origins browsers may call the API from, or `none`; default: see CORS_DEV_ORIGINS. */
  CORS_ORIGINS: optionalString,
  /** How long SIGTERM waits for in-flight requests before closing what is left; default 10000 ms. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** `on` or `off`; default on outside production, and in production only when METRICS_TOKEN is set. */
  METRICS: z.enum(["on", "off"]).optional(),
  /** When set, /metrics wants `Authorization: Bearer <it>` (at least 16 characters). */
  METRICS_TOKEN: optionalString,
  // Limits (README "Limits"): refused before parsing, per request, and per user across instances.
  MAX_REQUEST_BODY_BYTES: z.coerce.number().int().positive().default(65_536),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().positive().default(1000),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().default(10),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().nonnegative().default(15),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().nonnegative().default(50),
  GRAPHQL_MAX_COST: z.coerce.number().int().positive().default(5000),
  UPSTREAM_CALLS_PER_REQUEST: z.coerce.number().int().positive().default(50),
  RATE_LIMIT_UPSTREAM_CALLS: z.coerce.number().int().positive().default(300),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  REDIS_URL: optionalString.pipe(z.url({ protocol: /^rediss?$/, message: "must be a redis:// or rediss:// URL" }).optional()),
  /** Default: on outside production. */
  GRAPHQL_INTROSPECTION: flag,
  GRAPHQL_SUGGESTIONS: flag,
  GRAPHIQL: flag,
});

/** Outside production CORS also allows the usual frontend dev servers (Vite, its preview, CRA/Next, …). */
export const CORS_DEV_ORIGINS = ["http://localhost:5173", "http://127.0.0.1:5173", "http://localhost:4173", "http://localhost:3000", "http://127.0.0.1:3000", "http://localhost:8080"];

export type Env = z.input<typeof envSchema>;

export interface EncryptionKey {
  kid: string;
  key: Uint8Array;
}

export interface OAuthClientConfig {
  clientId: string;
  clientSecret: string;
}

export interface Config {
  env: "development" | "test" | "production";
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string;
  allowedReturnOrigins: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  upstreamTimeoutMs: number;
  /** Deadline of one rotating refresh (REFRESH_ROTATING_TIMEOUT_MS). */
  refreshRotatingTimeoutMs: number;
  auth: { jwtSecret?: Uint8Array; jwksUrl?: string; issuer?: string; audience?: string };
  /** How service tokens (tool runners calling resolveCredential) are verified; null: no service is accepted. */
  service: { jwtSecret?: Uint8Array; jwksUrl?: string; issuer?: string; audience: string } | null;
  tokenEncryptionKeys: EncryptionKey[];
  oauthStateSecret: Uint8Array;
  /** A provider is null when its credentials are absent (it is then "not configured"). */
  google: (OAuthClientConfig & {
    authorizationUrl: string;
    tokenUrl: string;
    revocationUrl: string;
    userinfoUrl: string;
    issuer: string;
    apiBaseUrl: string;
    sheetsApiBaseUrl: string;
  }) | null;
  github: (OAuthClientConfig & { authorizationUrl: string; tokenUrl: string; apiBaseUrl: string }) | null;
  supabase: { apiBaseUrl: string };
  /** Origins allowed to call the API from a browser (CORS); empty: none. */
  corsOrigins: string[];
  shutdownTimeoutMs: number;
  metrics: { enabled: boolean; token?: string };
  limits: {
    maxBodyBytes: number;
    graphql: { maxTokens: number; maxDepth: number; maxAliases: number; maxDirectives: number; maxCost: number };
    upstreamCallsPerRequest: number;
    rateLimit: { upstreamCalls: number; windowSeconds: number; redisUrl?: string };
    introspection: boolean;
    suggestions: boolean;
    graphiql: boolean;
  };
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Parses `kid:base64key,…`; each key must decode to 32 bytes (A256GCM). */
export function parseEncryptionKeys(value: string): { keys: EncryptionKey[]; problems: string[] } {
  const keys: EncryptionKey[] = [];
  const problems: string[] = [];
  for (const [i, part] of value.split(",").map((p) => p.trim()).filter(Boolean).entries()) {
    const sep = part.indexOf(":");
    const kid = sep > 0 ? part.slice(0, sep) : "";
    const key = sep > 0 ? Buffer.from(part.slice(sep + 1), "base64") : Buffer.alloc(0);
    if (!kid) problems.push(`TOKEN_ENCRYPTION_KEYS: entry ${i + 1} must look like kid:base64key`);
    else if (key.length !== 32) problems.push(`TOKEN_ENCRYPTION_KEYS: key "${kid}" must be 32 bytes (base64), got ${key.length}`);
    else if (keys.some((k) => k.kid === kid)) problems.push(`TOKEN_ENCRYPTION_KEYS: key id "${kid}" appears twice`);
    else keys.push({ kid, key: new Uint8Array(key) });
  }
  if (keys.length === 0 && problems.length === 0) problems.push("TOKEN_ENCRYPTION_KEYS: no key given");
  return { keys, problems };
}

function pairedCredentials(
  name: string,
  id: string | undefined,
  secret: string | undefined,
  problems: string[],
): OAuthClientConfig | null {
  if (id && secret) return { clientId: id, clientSecret: secret };
  if (id || secret) problems.push(`${name}_CLIENT_ID and ${name}_CLIENT_SECRET must be set together`);
  return null;
}

/**
 * Service tokens: their own secret or JWKS and a required audience that user tokens cannot carry.
 * A service secret equal to the user secret is refused in production (elsewhere the app warns).
 */
function serviceAuth(e: z.output<typeof envSchema>, problems: string[]): Config["service"] {
  const { SERVICE_JWT_SECRET: secret, SERVICE_JWKS_URL: jwksUrl, SERVICE_JWT_AUDIENCE: audience } = e;
  if (!secret && !jwksUrl) return null;
  if (secret && jwksUrl) problems.push("SERVICE_JWT_SECRET and SERVICE_JWKS_URL: set one, not both");
  if (secret && secret.length < 32) problems.push("SERVICE_JWT_SECRET must be at least 32 characters");
  if (secret && secret === e.AUTH_JWT_SECRET && e.NODE_ENV === "production") problems.push("SERVICE_JWT_SECRET must differ from AUTH_JWT_SECRET");
  if (!audience) problems.push("SERVICE_JWT_AUDIENCE is required when SERVICE_JWT_SECRET or SERVICE_JWKS_URL is set");
  else if (audience === e.AUTH_JWT_AUDIENCE) problems.push("SERVICE_JWT_AUDIENCE must differ from AUTH_JWT_AUDIENCE");
  return { jwtSecret: secret ? new TextEncoder().encode(secret) : undefined, jwksUrl, issuer: e.SERVICE_JWT_ISSUER, audience: audience ?? "" };
}

/** Parses the environment once; throws ConfigError listing every problem. Pure: reads only `env`. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const required = (name: string, value: string | undefined) => {
    if (!value) problems.push(`${name} is required${e.NODE_ENV === "production" ? " in production" : ""}`);
  };

  if (!e.AUTH_JWKS_URL) required("AUTH_JWT_SECRET (or AUTH_JWKS_URL)", e.AUTH_JWT_SECRET);
  if (e.AUTH_JWT_SECRET && e.AUTH_JWT_SECRET.length < 32) problems.push("AUTH_JWT_SECRET must be at least 32 characters");
  required("TOKEN_ENCRYPTION_KEYS", e.TOKEN_ENCRYPTION_KEYS);
  const { keys, problems: keyProblems } = e.TOKEN_ENCRYPTION_KEYS ? parseEncryptionKeys(e.TOKEN_ENCRYPTION_KEYS) : { keys: [], problems: [] };
  problems.push(...keyProblems);
  required("OAUTH_STATE_SECRET", e.OAUTH_STATE_SECRET);
  if (e.OAUTH_STATE_SECRET && e.OAUTH_STATE_SECRET.length < 32) problems.push("OAUTH_STATE_SECRET must be at least 32 characters");

  const service = serviceAuth(e, problems);

  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, "");
  // Production: redirect URIs and the Secure cookie come from PUBLIC_URL, so it must be named, and https.
  if (e.NODE_ENV === "production" && !e.PUBLIC_URL) problems.push("PUBLIC_URL is required in production (the https URL browsers reach the gateway at)");
  else if (e.NODE_ENV === "production" && !publicUrl.startsWith("https://")) problems.push(`PUBLIC_URL must be an https URL in production, got ${publicUrl}`);
  problems.push(...databaseUrlProblems(e.DATABASE_URL));
  const origins = (name: string, value: string) => {
    const list: string[] = [];
    for (const origin of value.split(",").map((o) => o.trim()).filter(Boolean)) {
      try {
        const u = new URL(origin);
        if (u.origin === "null" || u.origin !== origin.replace(/\/+$/, "")) throw new Error();
        list.push(u.origin);
      } catch {
        problems.push(`${name}: "${origin}" is not an origin (scheme://host[:port])`);
      }
    }
    return list;
  };
  const allowedReturnOrigins = origins("ALLOWED_RETURN_ORIGINS", e.ALLOWED_RETURN_ORIGINS ?? new URL(publicUrl).origin);
  const corsOrigins =
    e.CORS_ORIGINS === "none"
      ? []
      : e.CORS_ORIGINS
        ? origins("CORS_ORIGINS", e.CORS_ORIGINS)
        : [...new Set([...allowedReturnOrigins, ...(e.NODE_ENV === "production" ? [] : CORS_DEV_ORIGINS)])];
  if (e.METRICS_TOKEN && e.METRICS_TOKEN.length < 16) problems.push("METRICS_TOKEN must be at least 16 characters");

  const google = pairedCredentials("GOOGLE", e.GOOGLE_CLIENT_ID, e.GOOGLE_CLIENT_SECRET, problems);
  const github = pairedCredentials("GITHUB", e.GITHUB_CLIENT_ID, e.GITHUB_CLIENT_SECRET, problems);
  if (problems.length) throw new ConfigError(problems);

  const trim = (u: string) => u.replace(/\/+$/, "");
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    databaseUrl: e.DATABASE_URL,
    allowedReturnOrigins,
    logLevel: e.LOG_LEVEL,
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    refreshRotatingTimeoutMs: e.REFRESH_ROTATING_TIMEOUT_MS,
    auth: {
      jwtSecret: e.AUTH_JWT_SECRET ? new TextEncoder().encode(e.AUTH_JWT_SECRET) : undefined,
      jwksUrl: e.AUTH_JWKS_URL,
      issuer: e.AUTH_JWT_ISSUER,
      audience: e.AUTH_JWT_AUDIENCE,
    },
    service,
    tokenEncryptionKeys: keys,
    oauthStateSecret: new TextEncoder().encode(e.OAUTH_STATE_SECRET!),
    google: google && {
      ...google,
      authorizationUrl: e.GOOGLE_AUTHORIZATION_URL,
      tokenUrl: e.GOOGLE_TOKEN_URL,
      revocationUrl: e.GOOGLE_REVOCATION_URL,
      userinfoUrl: e.GOOGLE_USERINFO_URL,
      issuer: e.GOOGLE_ISSUER,
      apiBaseUrl: trim(e.GOOGLE_API_BASE_URL),
      sheetsApiBaseUrl: trim(e.GOOGLE_SHEETS_API_BASE_URL),
    },
    github: github && {
      ...github,
      authorizationUrl: e.GITHUB_AUTHORIZATION_URL,
      tokenUrl: e.GITHUB_TOKEN_URL,
      apiBaseUrl: trim(e.GITHUB_API_BASE_URL),
    },
    supabase: { apiBaseUrl: trim(e.SUPABASE_API_BASE_URL) },
    corsOrigins,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    metrics: { enabled: (e.METRICS ?? (e.NODE_ENV !== "production" || e.METRICS_TOKEN ? "on" : "off")) === "on", token: e.METRICS_TOKEN },
    limits: {
      maxBodyBytes: e.MAX_REQUEST_BODY_BYTES,
      graphql: { maxTokens: e.GRAPHQL_MAX_TOKENS, maxDepth: e.GRAPHQL_MAX_DEPTH, maxAliases: e.GRAPHQL_MAX_ALIASES, maxDirectives: e.GRAPHQL_MAX_DIRECTIVES, maxCost: e.GRAPHQL_MAX_COST },
      upstreamCallsPerRequest: e.UPSTREAM_CALLS_PER_REQUEST,
      rateLimit: { upstreamCalls: e.RATE_LIMIT_UPSTREAM_CALLS, windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS, redisUrl: e.REDIS_URL },
      introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== "production",
      suggestions: e.GRAPHQL_SUGGESTIONS ?? e.NODE_ENV !== "production",
      graphiql: e.GRAPHIQL ?? e.NODE_ENV !== "production",
    },
  };
}
