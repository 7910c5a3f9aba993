import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseKind } from "./src/db/url.js";
import { pgMigrateAdapter } from "./src/db/pg-migrate-adapter.js";

// Used by the Prisma CLI only (generate, migrate diff/status). The server applies migrations itself
// at start-up (src/db/migrate.ts), so `npm start` never waits on the CLI.
const url = process.env.DATABASE_URL ?? "file:./data/gateway.db";
const kind = databaseKind(url);

// Prisma 6.19's wasm schema engine replays migrations into the SQLite shadow DB with executeRaw(),
// which better-sqlite3 runs through prepare() (one statement only): send argument-less ones to executeScript.
function sqliteMigrateAdapter(fileUrl: string) {
  const factory = new PrismaBetterSQLite3({ url: fileUrl });
  const connectShadow = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const adapter = await connectShadow();
    const raw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (q) => (q.args.length === 0 ? (await adapter.executeScript(q.sql), 0) : raw(q));
    return adapter;
  };
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join("prisma", kind),
  migrations: { path: path.join("prisma", kind, "migrations") },
  engine: "js",
  async adapter() {
    return kind === "postgres" ? pgMigrateAdapter(url) : sqliteMigrateAdapter(url);
  },
});
