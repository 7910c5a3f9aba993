import { createServerAdapter } from "@whatwg-node/server";
import { createYoga } from "graphql-yoga";
import { createAuthenticator, type Authenticate } from "./auth/bearer.js";
import type { Config } from "./config.js";
import { TokenCipher } from "./crypto.js";
import { createDb, type Db } from "./db/client.js";
import type { Deps } from "./deps.js";
import { isAppError, type AppError } from "./errors.js";
import type { Context } from "./graphql/context.js";
import { createMaskError } from "./graphql/errors.js";
import { schema } from "./graphql/schema.js";
import { createIntegrationRoutes } from "./http/routes.js";
import { createWebRoutes } from "./http/web.js";
import { createLogger, type Logger } from "./logger.js";
import type { FetchLike } from "./providers/http.js";
import { createProviderRegistry } from "./providers/registry.js";
import { ConditionalCache } from "./services/conditional-cache.js";
import { createOAuthSweeper } from "./services/oauth-completion.js";
import { createResourceBrowser } from "./services/resources.js";
import { ensureUser } from "./services/users.js";

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
  const http = { fetch: options.fetch ?? fetch, timeoutMs: config.upstreamTimeoutMs };
  const deps: Deps = {
    config,
    db: options.db ?? createDb(config.databaseUrl),
    cipher: new TokenCipher(config.tokenEncryptionKeys),
    providers: createProviderRegistry(config, http),
    http,
    logger,
    now: options.now ?? (() => new Date()),
  };
  const authenticate: Authenticate = createAuthenticator(config.auth);
  // Lives as long as the app: GitHub ETags per connection, so re-browsing costs no rate limit.
  const etags = new ConditionalCache();

  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: { title: "Integrations gateway", defaultQuery: "query Me {\n  viewer { id connections { id provider accountLabel status scopes } }\n}\n" },
    landingPage: false,
    logging: false,
    cors: { origin: config.allowedReturnOrigins, credentials: false, allowedHeaders: ["authorization", "content-type"] },
    maskedErrors: { maskError: createMaskError(logger) },
    context: async ({ request }): Promise<Context> => {
      try {
        const viewer = await authenticate(request.headers.get("authorization"));
        // The user is the token's `sub`, created on first sight (memoized: one write per new user).
        if (viewer) await ensureUser(deps, viewer.userId);
        return { deps, viewer, authError: null, resources: createResourceBrowser(deps, viewer?.userId ?? null, { etags }) };
      } catch (error) {
        if (!isAppError(error)) throw error;
        return { deps, viewer: null, authError: error as AppError, resources: createResourceBrowser(deps, null, { etags }) };
      }
    },
  });

  const integrationRoutes = createIntegrationRoutes(deps);
  // Expired OAuth states and unclaimed completions: swept on traffic, at most once a minute.
  const oauthSweeper = createOAuthSweeper(deps);
  const webRoutes = createWebRoutes({ rebuildOnRequest: config.env === "development" });

  const handle = async (request: Request): Promise<Response> => {
    const started = performance.now();
    const url = new URL(request.url);
    void oauthSweeper.poke();
    let response: Response;
    try {
      if (url.pathname === "/graphql") response = await yoga.fetch(request);
      else if (url.pathname === "/healthz") response = Response.json({ ok: true });
      else response = (await webRoutes(request, url)) ?? (await integrationRoutes(request, url)) ?? new Response("Not Found", { status: 404 });
    } catch (error) {
      logger.error({ err: (error as Error).message, path: url.pathname }, "request failed");
      response = new Response(JSON.stringify({ type: "about:blank", title: "Internal Server Error", status: 500, code: "internal_error" }), {
        status: 500,
        headers: { "content-type": "application/problem+json" },
      });
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
      await deps.db.$disconnect();
    },
  };
}
