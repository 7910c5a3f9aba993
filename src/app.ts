import { randomUUID } from "node:crypto";
import { createServerAdapter } from "@whatwg-node/server";
import { getOperationAST, type DocumentNode, type ExecutionResult } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import { createAuthenticator, type Authenticate } from "./auth/bearer.js";
import type { Config } from "./config.js";
import { TokenCipher } from "./crypto.js";
import { createDb, type Db } from "./db/client.js";
import { isDatabaseUnavailable, serviceUnavailable } from "./db/errors.js";
import { checkReadiness } from "./db/readiness.js";
import type { Deps } from "./deps.js";
import { isAppError, type AppError } from "./errors.js";
import type { Context } from "./graphql/context.js";
import { createMaskError } from "./graphql/errors.js";
import { useStorableInput } from "./graphql/input-guard.js";
import { schema } from "./graphql/schema.js";
import { problem, problemFromAppError } from "./http/problem.js";
import { graphqlLimitPlugins } from "./graphql/limits.js";
import { withBoundedBody } from "./http/body-limit.js";
import { createIntegrationRoutes } from "./http/routes.js";
import { graphiqlAssets, renderGraphiQLPage, withGraphiQLHeaders } from "./http/graphiql.js";
import { createWebRoutes } from "./http/web.js";
import { createLogger, requestScope, type Logger } from "./logger.js";
import { createMetrics, instrumentFetch, metricsRoute, upstreamClassifier } from "./metrics.js";
import type { FetchLike } from "./providers/http.js";
import { createProviderRegistry } from "./providers/registry.js";
import { ConditionalCache } from "./services/conditional-cache.js";
import { createRateLimiter } from "./services/rate-limit.js";
import { createOAuthSweeper } from "./services/oauth-completion.js";
import { createResourceBrowser } from "./services/resources.js";
import { ensureUser } from "./services/users.js";

/** A client's `x-request-id` is kept when it looks like an id (no spaces, quotes or control characters; ≤ 128). */
const saneRequestId = (value: string | null) => (value && /^[A-Za-z0-9._:@\/+=-]{1,128}$/.test(value) ? value : null);

/** Sets a header, copying the response when its headers are immutable (redirects, fetched responses). */
function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    const copy = new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
    copy.headers.set(name, value);
    return copy;
  }
}

/**
 * Puts the GraphQL operation's name and type into the request's log scope (every log line of the
 * request carries it) and its outcome (`ok`, or the first error's code) for the metrics.
 */
function operationScope(): Plugin {
  const name = (document: DocumentNode | undefined, operationName: string | null | undefined) => {
    const scope = requestScope.getStore();
    if (!scope) return;
    const operation = document ? getOperationAST(document, operationName) : null;
    const chosen = operation?.name?.value ?? operationName ?? undefined;
    if (chosen) scope.operation = chosen.slice(0, 100);
    if (operation) scope.operationType = operation.operation;
  };
  return {
    onParams: ({ params }) => name(undefined, params.operationName),
    onValidate: ({ params }) => name(params.documentAST, requestScope.getStore()?.operation),
    onResultProcess: ({ result }) => {
      const scope = requestScope.getStore();
      if (!scope) return;
      const first = (Array.isArray(result) ? result : [result]) as ExecutionResult[];
      const error = first.flatMap((r) => r?.errors ?? [])[0];
      const code = error?.extensions?.code;
      scope.outcome = !error ? "ok" : typeof code === "string" && /^[A-Z_]{1,40}$/.test(code) ? code : "error";
    },
  };
}

export interface AppOptions {
  config: Config;
  /** Default: a client for config.databaseUrl (migrations must already be applied). */
  db?: Db;
  /** Upstream HTTP; default global fetch (keep-alive). */
  fetch?: FetchLike;
  logger?: Logger;
  now?: () => Date;
}

export interface App {
  deps: Deps;
  /** Serves GraphQL (/graphql), the REST sidecar (/v1/integrations/…) and the picker page (/): a WHATWG fetch handler. */
  fetch: (request: Request) => Promise<Response>;
  /** The same handler for node:http. */
  nodeHandler: ReturnType<typeof createServerAdapter>;
  close(): Promise<void>;
}

/** Builds the whole service from config; no I/O until a request arrives. */
export function createApp(options: AppOptions): App {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const db = options.db ?? createDb(config.databaseUrl);
  const metrics = createMetrics(db);
  const http = { fetch: instrumentFetch(options.fetch ?? fetch, metrics, upstreamClassifier(config)), timeoutMs: config.upstreamTimeoutMs };
  const deps: Deps = {
    config,
    db,
    metrics,
    cipher: new TokenCipher(config.tokenEncryptionKeys),
    providers: createProviderRegistry(config, http),
    http,
    logger,
    now: options.now ?? (() => new Date()),
  };
  const authenticate: Authenticate = createAuthenticator(config);
  if (config.service?.jwtSecret && config.auth.jwtSecret && Buffer.from(config.service.jwtSecret).equals(Buffer.from(config.auth.jwtSecret))) {
    logger.warn("SERVICE_JWT_SECRET equals AUTH_JWT_SECRET: service and user tokens are then told apart only by audience and token_use (refused in production)");
  }
  // Lives as long as the app: GitHub ETags per connection, so re-browsing costs no rate limit.
  const etags = new ConditionalCache();
  const limiter = createRateLimiter(deps, config.limits.rateLimit);

  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: config.limits.graphiql && { title: "Integrations gateway", defaultQuery: "query Me {\n  viewer { id connections { id provider accountLabel status scopes } }\n}\n" },
    renderGraphiQL: renderGraphiQLPage,
    landingPage: false,
    logging: false,
    // CORS_ORIGINS: an origin off the list gets no CORS headers at all, so the browser refuses it.
    cors: (request) => {
      const origin = request.headers.get("origin");
      if (!origin || !config.corsOrigins.includes(origin)) return false;
      return { origin: [origin], credentials: false, allowedHeaders: ["authorization", "content-type", "x-request-id"], exposedHeaders: ["x-request-id"], maxAge: 600 };
    },
    maskedErrors: { maskError: createMaskError(logger) },
    plugins: [operationScope(), useStorableInput(), ...graphqlLimitPlugins(config.limits)],
    context: async ({ request }): Promise<Context> => {
      try {
        const caller = await authenticate(request.headers.get("authorization"));
        const viewer = caller?.viewer ?? null;
        // The user is the token's `sub`, created on first sight (memoized: one write per new user).
        if (viewer) await ensureUser(deps, viewer.userId);
        return { deps, viewer, service: caller?.service ?? null, authError: null, resources: createResourceBrowser(deps, viewer?.userId ?? null, { etags, limiter }) };
      } catch (error) {
        if (!isAppError(error)) throw error;
        return { deps, viewer: null, service: null, authError: error as AppError, resources: createResourceBrowser(deps, null, { etags, limiter }) };
      }
    },
  });

  const integrationRoutes = createIntegrationRoutes(deps);
  // Expired OAuth states and unclaimed completions: swept on traffic, at most once a minute.
  const oauthSweeper = createOAuthSweeper(deps);
  const webRoutes = createWebRoutes({ rebuildOnRequest: config.env === "development" });

  /** Readiness (not liveness, that is /healthz): the database answers and is fully migrated. */
  const readiness = async (): Promise<Response> => {
    const state = await checkReadiness(deps.db, config.databaseUrl);
    if (state.ready) return Response.json({ ok: true, database: "ok", migrations: "applied" }, { headers: { "cache-control": "no-store" } });
    return problem(503, "service_unavailable", "Service Unavailable", state.detail, { reason: state.reason });
  };

  const handle = (request: Request): Promise<Response> => {
    const requestId = saneRequestId(request.headers.get("x-request-id")) ?? randomUUID();
    const scope = { requestId } as Parameters<typeof requestScope.run>[0];
    return requestScope.run(scope, async () => withHeader(await serve(request, scope), "x-request-id", requestId));
  };
  const serve = async (request: Request, scope: { operation?: string; operationType?: string; outcome?: string }): Promise<Response> => {
    const started = performance.now();
    const url = new URL(request.url);
    void oauthSweeper.poke();
    let response: Response;
    try {
      // Before anything reads it: a body over the limit is refused as it streams in (413).
      const bounded = await withBoundedBody(request, config.limits.maxBodyBytes);
      if (bounded instanceof Response) response = bounded;
      else if (url.pathname === "/graphql") {
        response = withGraphiQLHeaders(await yoga.fetch(bounded));
        if (scope.outcome) {
          const labels = { operation: metrics.operationLabel(scope.operation), type: scope.operationType ?? "unknown", outcome: scope.outcome };
          metrics.graphql.observe(labels, (performance.now() - started) / 1000);
        }
      } else if (url.pathname === "/healthz") response = Response.json({ ok: true });
      else if (url.pathname === "/readyz") response = await readiness();
      else if (url.pathname === "/metrics") response = await metricsRoute(bounded, config, metrics);
      else response = (await graphiqlAssets(bounded, url)) ?? (await webRoutes(bounded, url)) ?? (await integrationRoutes(bounded, url)) ?? new Response("Not Found", { status: 404 });
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        logger.warn({ err: { name: (error as Error).name, code: (error as { code?: unknown }).code }, path: url.pathname }, "database unavailable");
        response = problemFromAppError(serviceUnavailable(error));
      } else {
        logger.error({ err: (error as Error).message, path: url.pathname }, "request failed");
        response = new Response(JSON.stringify({ type: "about:blank", title: "Internal Server Error", status: 500, code: "internal_error" }), {
          status: 500,
          headers: { "content-type": "application/problem+json" },
        });
      }
    }
    // Path only: query strings carry codes and states.
    logger.debug({ method: request.method, path: url.pathname, status: response.status, ms: Math.round(performance.now() - started) }, "request");
    return response;
  };

  return {
    deps,
    fetch: handle,
    nodeHandler: createServerAdapter(handle),
    close: async () => {
      await oauthSweeper.idle();
      await Promise.all([deps.db.$disconnect(), limiter.close()]);
    },
  };
}
