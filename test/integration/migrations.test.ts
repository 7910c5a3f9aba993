import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "../../src/db/migrate.js";
import { pgConfigFromUrl } from "../../src/db/url.js";
import { getDatamodel } from "../../src/generated/pothos-types.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

async function columnsByTable(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  if (db.kind === "sqlite") {
    const sqlite = new Database(db.url.replace(/^file:/, ""), { readonly: true });
    const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[];
    for (const { name } of tables) out[name] = (sqlite.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => c.name);
    sqlite.close();
  } else {
    const client = new pg.Client(pgConfigFromUrl(db.url));
    await client.connect();
    const { rows } = await client.query(`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`);
    for (const r of rows) (out[r.table_name] ??= []).push(r.column_name);
    await client.end();
  }
  return out;
}

describe("migrations", () => {
  it("this database's migration history produces every model and column of prisma/models", async () => {
    const columns = await columnsByTable();
    const models = Object.entries(getDatamodel().datamodel.models);
    expect(models.length).toBeGreaterThanOrEqual(3);
    for (const [name, model] of models) {
      const scalars = model.fields.filter((f) => f.kind !== "object").map((f) => f.name);
      expect(columns[name], `table ${name}`).toBeDefined();
      expect(columns[name]!.sort(), `columns of ${name}`).toEqual(expect.arrayContaining(scalars));
      expect(columns[name]!.length, `no stray columns in ${name}`).toBe(scalars.length);
    }
  });

  it("records each migration in _prisma_migrations and applies nothing twice", async () => {
    expect(await applyMigrations(db.url)).toEqual([]);
    const names = readMigrations(db.kind).map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);
    const applied = (await columnsByTable())._prisma_migrations;
    expect(applied).toEqual(expect.arrayContaining(["migration_name", "checksum", "finished_at"]));
  });

  it("both databases have the same migration names (one migration per database per change)", () => {
    expect(readMigrations("sqlite").map((m) => m.name)).toEqual(readMigrations("postgres").map((m) => m.name));
  });
});
