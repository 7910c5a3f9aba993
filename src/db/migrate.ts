import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseKind, pgConfigFromUrl, sqliteFilePath, type DatabaseKind } from "./url.js";

/**
 * Applies the committed migrations (prisma/<kind>/migrations) in-process at start-up, recording them
 * in Prisma's own `_prisma_migrations` table so `prisma migrate status/deploy` agree. In-process
 * because the Prisma CLI's wasm engine waits ~10 s before exiting on PostgreSQL. Idempotent; on
 * PostgreSQL an advisory lock makes concurrent instances apply each migration once.
 */
export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function migrationsDir(kind: DatabaseKind): string {
  return path.join(PROJECT_ROOT, "prisma", kind, "migrations");
}

export function readMigrations(kind: DatabaseKind): Migration[] {
  const dir = migrationsDir(kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const TABLE_DDL: Record<DatabaseKind, string> = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
    "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
  postgres: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
};

export class MigrationError extends Error {
  override readonly name = "MigrationError";
}

function pending(all: Migration[], applied: { migration_name: string; checksum: string }[]): Migration[] {
  const byName = new Map(applied.map((a) => [a.migration_name, a.checksum]));
  for (const m of all) {
    const checksum = byName.get(m.name);
    if (checksum && checksum !== m.checksum) {
      throw new MigrationError(`migration ${m.name} was changed after it was applied (checksum differs)`);
    }
  }
  return all.filter((m) => !byName.has(m.name));
}

/** Applies what is pending; returns the names applied. */
export async function applyMigrations(url: string): Promise<string[]> {
  const kind = databaseKind(url);
  const migrations = readMigrations(kind);
  if (migrations.length === 0) throw new MigrationError(`no migrations found in ${migrationsDir(kind)}`);
  return kind === "postgres" ? applyPostgres(url, migrations) : applySqlite(url, migrations);
}

function applySqlite(url: string, migrations: Migration[]): string[] {
  const file = sqliteFilePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.exec(TABLE_DDL.sqlite);
    const todo = pending(migrations, db.prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`).all() as never);
    for (const m of todo) {
      db.transaction(() => {
        db.exec(m.sql);
        db.prepare(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, current_timestamp, ?, 1)`).run(randomUUID(), m.checksum, m.name);
      }).immediate();
    }
    return todo.map((m) => m.name);
  } finally {
    db.close();
  }
}

// Any fixed number: the key of the advisory lock that serializes migrating instances.
const MIGRATION_LOCK_KEY = 7_412_903;

async function applyPostgres(url: string, migrations: Migration[]): Promise<string[]> {
  const client = new pg.Client(pgConfigFromUrl(url));
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(TABLE_DDL.postgres);
    const { rows } = await client.query(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`);
    const todo = pending(migrations, rows);
    for (const m of todo) {
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`, [randomUUID(), m.checksum, m.name]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new MigrationError(`migration ${m.name} failed: ${(error as Error).message}`, { cause: error });
      }
    }
    return todo.map((m) => m.name);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
