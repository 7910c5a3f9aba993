import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../src/db/migrate.js";
import { databaseKind, pgConfigFromUrl } from "../../src/db/url.js";

export interface TestDatabase {
  url: string;
  kind: "sqlite" | "postgres";
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: a temporary SQLite file, or — when DATABASE_URL
 * points at PostgreSQL — a new database on that server (dropped afterwards).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL;
  if (base && databaseKind(base) === "postgres") {
    const name = `gw_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ ...pgConfigFromUrl(base), database: "postgres" });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    await applyMigrations(url.toString());
    return {
      url: url.toString(),
      kind: "postgres",
      drop: async () => {
        const a = new pg.Client({ ...pgConfigFromUrl(base), database: "postgres" });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "gw-test-"));
  const url = `file:${path.join(dir, "gateway.db")}`;
  await applyMigrations(url);
  return { url, kind: "sqlite", drop: async () => rmSync(dir, { recursive: true, force: true }) };
}
