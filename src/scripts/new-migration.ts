/**
 * `npm run migrate:new -- <name>`: writes one new migration per database (SQLite and PostgreSQL)
 * from the difference between each migration history and the shared models in prisma/models.
 * Needs a PostgreSQL server for the shadow database (MIGRATE_PG_URL, default local postgres).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrationsDir } from "../db/migrate.js";
import type { DatabaseKind } from "../db/url.js";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run migrate:new -- <name>");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const urls: Record<DatabaseKind, string> = {
  sqlite: `file:${path.join(mkdtempSync(path.join(tmpdir(), "gw-migrate-")), "shadow.db")}`,
  postgres: process.env.MIGRATE_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
};
for (const kind of ["sqlite", "postgres"] as const) {
  const dir = migrationsDir(kind);
  const hasHistory = existsSync(dir) && readdirSync(dir).length > 0;
  const from = hasHistory ? ["--from-migrations", dir] : ["--from-empty"];
  const sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", path.join("prisma", kind), "--script"], {
    env: { ...process.env, DATABASE_URL: urls[kind] },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log(`${kind}: no changes`);
    continue;
  }
  const target = path.join(dir, `${stamp}_${name}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, "migration.sql"), sql);
  console.log(`${kind}: wrote ${path.relative(process.cwd(), target)}/migration.sql`);
}
