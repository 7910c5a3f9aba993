import type { Db } from "./client.js";
import { readMigrations } from "./migrate.js";
import { databaseKind } from "./url.js";

/** How long a readiness probe waits for the database before it says "not ready". */
export const READINESS_TIMEOUT_MS = 2_000;

/** The committed migrations' names, read once per database kind. */
const EXPECTED = new Map<string, string[]>();

export type Readiness =
  | { ready: true }
  | { ready: false; reason: "database_unreachable" | "migrations_pending"; detail: string };

/**
 * Whether this instance can serve: the database answers, and every committed migration (for its
 * kind) is recorded as applied in `_prisma_migrations`. Never throws; never names the database's
 * host or credentials in `detail`.
 */
export async function checkReadiness(db: Db, databaseUrl: string, timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
  const kind = databaseKind(databaseUrl);
  const expected = EXPECTED.get(kind) ?? EXPECTED.set(kind, readMigrations(kind).map((m) => m.name)).get(kind)!;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([db.$queryRawUnsafe("SELECT 1"), timeout]);
  } catch {
    clearTimeout(timer);
    return { ready: false, reason: "database_unreachable", detail: "The database does not answer." };
  }
  let applied: string[];
  try {
    const rows = await Promise.race([
      db.$queryRawUnsafe<{ migration_name: string }[]>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`),
      timeout,
    ]);
    applied = rows.map((r) => r.migration_name);
  } catch {
    applied = [];
  } finally {
    clearTimeout(timer);
  }
  const missing = expected.filter((name) => !applied.includes(name));
  if (missing.length) return { ready: false, reason: "migrations_pending", detail: `${missing.length} migration(s) not applied; run \`npm run migrate\`.` };
  return { ready: true };
}
