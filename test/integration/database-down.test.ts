import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { createDb } from "../../src/db/client.js";
import { pgConfigFromUrl, sqliteFilePath } from "../../src/db/url.js";
import { graphql } from "../../src/gql/index.js";
import { collectingLogger, PUBLIC_URL, startTestGateway, type TestGateway } from "../support/gateway.js";

const MyConnections = graphql(`
  query MyConnectionsWhileDown { viewer { userId connections { id } } }
`);

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());

const get = (app: App, pathname: string) => app.fetch(new Request(`${PUBLIC_URL}${pathname}`));
const gql = async (app: App, as: string) => {
  const response = await app.fetch(
    new Request(`${PUBLIC_URL}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await gw.tokenFor(as)}` },
      body: JSON.stringify({ query: MyConnections.toString() }),
    }),
  );
  return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
};

/** Really takes the test database away: PostgreSQL drops it (connections killed); SQLite's file becomes garbage. */
async function breakDatabase() {
  if (gw.db.kind === "postgres") {
    const name = new URL(gw.db.url).pathname.slice(1);
    const admin = new pg.Client({ ...pgConfigFromUrl(gw.db.url), database: "postgres" });
    await admin.connect();
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.end();
    return;
  }
  const file = sqliteFilePath(gw.db.url);
  for (const suffix of ["-wal", "-shm"]) rmSync(file + suffix, { force: true });
  writeFileSync(file, Buffer.alloc(64 * 1024, 0x5a));
}

/** A database that exists and answers, with no migration applied. */
async function emptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (gw.db.kind === "postgres") {
    const name = `gw_empty_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ ...pgConfigFromUrl(gw.db.url), database: "postgres" });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(gw.db.url);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      drop: async () => {
        const a = new pg.Client({ ...pgConfigFromUrl(gw.db.url), database: "postgres" });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "gw-empty-"));
  return { url: `file:${path.join(dir, "empty.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

describe("readiness", () => {
  it("a database without its migrations is not ready (503) and every query is SERVICE_UNAVAILABLE", async () => {
    const empty = await emptyDatabase();
    const logs: string[] = [];
    const app = createApp({ config: { ...gw.config, databaseUrl: empty.url }, db: createDb(empty.url), logger: collectingLogger("debug", logs) });
    try {
      const ready = await get(app, "/readyz");
      expect(ready.status).toBe(503);
      expect(ready.headers.get("content-type")).toBe("application/problem+json");
      expect(await ready.json()).toMatchObject({ status: 503, code: "service_unavailable", reason: "migrations_pending" });
      expect((await get(app, "/healthz")).status).toBe(200);
      expect((await gql(app, "nina")).errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(logs.some((l) => l.includes("unexpected error") || l.includes("INTERNAL_SERVER_ERROR"))).toBe(false);
    } finally {
      await app.close();
      await empty.drop();
    }
  });
});

describe("the database goes away while the gateway runs", () => {
  it("answers SERVICE_UNAVAILABLE on GraphQL, 503 problem+json on REST and /readyz, while /healthz stays live", async () => {
    expect((await get(gw.app, "/readyz")).status).toBe(200);
    expect(await (await get(gw.app, "/readyz")).json()).toMatchObject({ ok: true });
    expect((await gql(gw.app, "alice")).data).toEqual({ viewer: { userId: "alice", connections: [] } });

    await breakDatabase();
    // PostgreSQL: this very instance loses its database. SQLite keeps serving an open file from its
    // cache, so there the broken file is what an instance opening it meets (a restart, a sibling).
    const apps = gw.db.kind === "postgres" ? [gw.app, gw.sibling()] : [gw.sibling()];

    for (const app of apps) {
      // A user seen before (no user write) and a new one (the first-sight write fails).
      for (const as of ["alice", "newcomer"]) {
        const result = await gql(app, as);
        expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result)).toBe("SERVICE_UNAVAILABLE");
      }
      const callback = await get(app, "/v1/integrations/google/callback?state=abc&code=def");
      expect(callback.status).toBe(503);
      expect(callback.headers.get("content-type")).toBe("application/problem+json");
      expect(await callback.json()).toMatchObject({ status: 503, code: "service_unavailable" });

      const ready = await get(app, "/readyz");
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ code: "service_unavailable", reason: "database_unreachable" });
      expect((await get(app, "/healthz")).status).toBe(200);
    }
    expect(gw.logs.some((l) => l.includes("unexpected error") || l.includes("request failed"))).toBe(false);
  });
});
