import { Writable } from "node:stream";
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { SignJWT } from "jose";
import { createApp, type App } from "../../src/app.js";
import { loadConfig, type Config } from "../../src/config.js";
import { createDb } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { FakeGithub, type FakeGithubOptions } from "../fakes/github.js";
import { FakeGoogle } from "../fakes/google.js";
import { FakeSupabase } from "../fakes/supabase.js";
import { TestBrowser } from "./browser.js";
import { createTestDatabase, type TestDatabase } from "./database.js";

/** The gateway's public URL in tests (served in-process, never over the network). */
export const PUBLIC_URL = "http://localhost:4555";
/** The frontend's origin: allowed as a return target; the test browser stops there. */
export const FRONTEND = "http://localhost:5173";
export const JWT_SECRET = "test-jwt-secret-that-is-at-least-32-chars";
/** Service (tool runner) tokens are signed apart from users', for their own audience. */
export const SERVICE_JWT_SECRET = "test-service-jwt-secret-at-least-32-chars";
export const SERVICE_AUDIENCE = "gateway-services";

export const TEST_KEYS = {
  k1: Buffer.alloc(32, 1).toString("base64"),
  k2: Buffer.alloc(32, 2).toString("base64"),
};

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> & { code?: string } }[];
}

export interface TestGateway {
  app: App;
  config: Config;
  db: TestDatabase;
  google: FakeGoogle;
  github: FakeGithub;
  supabase: FakeSupabase;
  /** Every log line the gateway wrote (JSON strings). */
  logs: string[];
  clock: { advance(ms: number): void; now(): Date };
  tokenFor(userId: string, claims?: Record<string, unknown>): Promise<string>;
  /** A tool runner's service token (SERVICE_JWT_SECRET, service audience, `token_use: service`). */
  serviceTokenFor(serviceId?: string, claims?: Record<string, unknown>): Promise<string>;
  gql<TResult, TVariables>(document: DocumentTypeDecoration<TResult, TVariables> & { toString(): string }, variables?: TVariables, options?: { as?: string | null; token?: string }): Promise<GraphQLResult<TResult>>;
  browser(): TestBrowser;
  /** A second app instance over the same database (another "machine"), its clock `clockSkewMs` off the test clock. */
  sibling(options?: { clockSkewMs?: number }): App;
  close(): Promise<void>;
}

export interface TestGatewayOptions {
  env?: Record<string, string>;
  github?: FakeGithubOptions;
}

/** A development bearer token for `userId`, signed with the test secret (1 hour). */
export const signTestToken = (userId: string, claims: Record<string, unknown> = {}) =>
  new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject(userId).setIssuedAt().setExpirationTime("1h").sign(new TextEncoder().encode(JWT_SECRET));

/** A service token for `serviceId`, signed with the test service secret for the service audience (1 hour). */
export const signServiceToken = (serviceId = "tool-runner", claims: Record<string, unknown> = {}) =>
  new SignJWT({ token_use: "service", ...claims }).setProtectedHeader({ alg: "HS256" }).setSubject(serviceId).setAudience(SERVICE_AUDIENCE).setIssuedAt().setExpirationTime("1h").sign(new TextEncoder().encode(SERVICE_JWT_SECRET));

/** A logger that appends every line it writes to `logs`, so tests can search them. */
export function collectingLogger(level: string, logs: string[]) {
  return createLogger(
    level,
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  );
}

export function baseEnv(db: TestDatabase, fakes: { google: FakeGoogle; github: FakeGithub; supabase: FakeSupabase }): Record<string, string> {
  return {
    NODE_ENV: "test",
    DATABASE_URL: db.url,
    PUBLIC_URL,
    ALLOWED_RETURN_ORIGINS: `${FRONTEND},${PUBLIC_URL}`,
    LOG_LEVEL: "debug",
    AUTH_JWT_SECRET: JWT_SECRET,
    SERVICE_JWT_SECRET,
    SERVICE_JWT_AUDIENCE: SERVICE_AUDIENCE,
    TOKEN_ENCRYPTION_KEYS: `k1:${TEST_KEYS.k1}`,
    OAUTH_STATE_SECRET: "test-oauth-state-secret-at-least-32-chars",
    UPSTREAM_TIMEOUT_MS: "2000",
    // The fakes are no one's quota: tests walk big trees quickly. The rate-limit tests set their own.
    RATE_LIMIT_UPSTREAM_CALLS: "1000000",
    ...fakes.google.env(),
    ...fakes.github.env(),
    ...fakes.supabase.env(),
  };
}

export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const db = await createTestDatabase();
  let offset = 0;
  const clock = { now: () => new Date(Date.now() + offset), advance: (ms: number) => void (offset += ms) };
  const google = await new FakeGoogle({ redirectUris: [`${PUBLIC_URL}/v1/integrations/google/callback`] }).start();
  const github = await new FakeGithub({ callbackUrl: `${PUBLIC_URL}/v1/integrations/github/callback`, ...options.github }).start();
  const supabase = await new FakeSupabase().start();
  const config = loadConfig({ ...baseEnv(db, { google, github, supabase }), ...options.env });
  const logs: string[] = [];
  const logger = collectingLogger(config.logLevel, logs);
  const apps: App[] = [];
  const build = ({ clockSkewMs = 0 }: { clockSkewMs?: number } = {}) => {
    const now = clockSkewMs ? () => new Date(clock.now().getTime() + clockSkewMs) : clock.now;
    const app = createApp({ config, db: createDb(config.databaseUrl), logger, now });
    apps.push(app);
    return app;
  };
  const app = build();

  const tokenFor = signTestToken;

  return {
    app,
    config,
    db,
    google,
    github,
    supabase,
    logs,
    clock,
    tokenFor,
    serviceTokenFor: signServiceToken,
    async gql(document, variables, opts = {}) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      const token = opts.token ?? (opts.as === null ? undefined : await tokenFor(opts.as ?? "alice"));
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await app.fetch(new Request(`${PUBLIC_URL}/graphql`, { method: "POST", headers, body: JSON.stringify({ query: document.toString(), variables }) }));
      return response.json();
    },
    browser: () => new TestBrowser({ origin: PUBLIC_URL, fetch: app.fetch }, [FRONTEND]),
    sibling: build,
    async close() {
      await Promise.all(apps.map((a) => a.close()));
      await Promise.all([google.close(), github.close(), supabase.close()]);
      await db.drop();
    },
  };
}
