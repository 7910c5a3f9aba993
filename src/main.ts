import { createServer } from "node:http";
import { createApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { applyMigrations } from "./db/migrate.js";
import { withDevSecrets } from "./dev-secrets.js";
import { createLogger } from "./logger.js";

/** The only module with side effects: read config, migrate, build the app, listen. */
async function main() {
  let config;
  try {
    config = loadConfig(withDevSecrets(process.env));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const applied = await applyMigrations(config.databaseUrl);
  if (applied.length) logger.info({ applied }, "migrations applied");
  const app = createApp({ config, logger });
  const server = createServer(app.nodeHandler);
  server.keepAliveTimeout = 65_000;
  // Requests being answered, so a shutdown can wait for exactly these.
  let inFlight = 0;
  server.on("request", (_req, res) => {
    inFlight++;
    res.once("close", () => inFlight--);
  });
  server.listen(config.port, config.host, () => {
    logger.info({ url: `${config.publicUrl}/graphql`, database: config.databaseUrl.split(":")[0], ...providerSummary(app) }, "gateway listening");
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const deadline = config.shutdownTimeoutMs;
    logger.info({ signal, inFlight, deadlineMs: deadline }, "shutting down: no new connections, draining in-flight requests");
    const started = Date.now();
    // No new connections; idle keep-alive sockets close now, busy ones once their response is out.
    server.close();
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const finish = async (drained: boolean) => {
      clearInterval(idle);
      if (!drained) {
        logger.warn({ inFlight, deadlineMs: deadline }, "shutdown deadline passed: closing the requests still in flight");
        server.closeAllConnections();
      }
      await app.close().catch((error: Error) => logger.error({ err: error.message }, "closing the database failed"));
      logger.info({ ms: Date.now() - started, drained }, "stopped");
      process.exit(drained ? 0 : 1);
    };
    const poll = setInterval(() => {
      if (inFlight > 0 && Date.now() - started < deadline) return;
      clearInterval(poll);
      void finish(inFlight === 0);
    }, 20);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/** Which providers are on here, and for the others why not (the start-up log line). */
function providerSummary(app: ReturnType<typeof createApp>) {
  const providers = app.deps.providers.list();
  return {
    providers: providers.filter((p) => p.configured).map((p) => p.id),
    providersOff: Object.fromEntries(
      providers.filter((p) => !p.configured).map((p) => [p.id, `no client credentials: set ${p.id.toUpperCase()}_CLIENT_ID and ${p.id.toUpperCase()}_CLIENT_SECRET`]),
    ),
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
