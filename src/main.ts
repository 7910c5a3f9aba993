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
  server.listen(config.port, config.host, () => {
    const configured = app.deps.providers.list().filter((p) => p.configured).map((p) => p.id);
    logger.info({ url: `${config.publicUrl}/graphql`, database: config.databaseUrl.split(":")[0], providers: configured }, "gateway listening");
  });
  const stop = () => {
    server.close(() => void app.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
