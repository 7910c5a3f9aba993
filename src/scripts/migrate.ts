/** `npm run migrate`: applies pending migrations to DATABASE_URL (the server also does this at start). */
import { loadConfig } from "../config.js";
import { applyMigrations } from "../db/migrate.js";
import { withDevSecrets } from "../dev-secrets.js";

const config = loadConfig(withDevSecrets(process.env));
const applied = await applyMigrations(config.databaseUrl);
console.log(applied.length ? `applied: ${applied.join(", ")}` : "up to date");
