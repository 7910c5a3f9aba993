import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PgClient } from "../generated/postgres/client.js";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client.js";
import { databaseKind, pgConfigFromUrl, sqliteFilePath } from "./url.js";

/**
 * The database client type. Code is typed against the SQLite client, the common denominator of the
 * two (no scalar lists, no case-insensitive mode, no native types); the PostgreSQL client is cast once.
 */
export type Db = SqliteClient;

/** A Prisma client for DATABASE_URL, on a driver adapter (no native engine). */
export function createDb(url: string, options: { poolSize?: number } = {}): Db {
  if (databaseKind(url) === "postgres") {
    const adapter = new PrismaPg({ ...pgConfigFromUrl(url), max: options.poolSize ?? 10 });
    // Only $transaction's isolationLevel union differs between the two generated clients.
    return new PgClient({ adapter }) as unknown as Db;
  }
  const file = sqliteFilePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // WAL + a busy timeout: readers never block the writer, concurrent writers wait instead of failing.
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: file, timeout: 5000 }) });
}
