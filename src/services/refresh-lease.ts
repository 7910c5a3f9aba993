import type { Deps } from "../deps.js";
import { databaseKind } from "../db/url.js";

/**
 * The refresh lease of a connection (`refreshLeaseOwner` / `refreshLeaseExpiresAt`): taken with one
 * compare-and-set UPDATE whose expiry is set AND judged by the database's clock, so app instances
 * with skewed clocks agree on whose lease is alive. Released only by its owner.
 */
export async function takeRefreshLease(deps: Pick<Deps, "db" | "config">, connectionId: string, owner: string, ms: number): Promise<boolean> {
  const millis = Math.ceil(ms);
  const count =
    databaseKind(deps.config.databaseUrl) === "postgres"
      ? // Prisma stores DateTime as UTC in `timestamp(3)` (no zone).
        await deps.db.$executeRaw`UPDATE "IntegrationConnection"
          SET "refreshLeaseOwner" = ${owner}, "refreshLeaseExpiresAt" = (clock_timestamp() AT TIME ZONE 'UTC') + ${millis}::int * interval '1 millisecond'
          WHERE "id" = ${connectionId} AND ("refreshLeaseOwner" IS NULL OR "refreshLeaseExpiresAt" < (clock_timestamp() AT TIME ZONE 'UTC'))`
      : // SQLite: Prisma's driver adapter stores DateTime as ISO-8601 text with a +00:00 offset.
        await deps.db.$executeRaw`UPDATE "IntegrationConnection"
          SET "refreshLeaseOwner" = ${owner}, "refreshLeaseExpiresAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', ${`+${millis / 1000} seconds`})
          WHERE "id" = ${connectionId} AND ("refreshLeaseOwner" IS NULL OR julianday("refreshLeaseExpiresAt") < julianday('now'))`;
  return count === 1;
}

/** Releases the lease if `owner` still holds it: a stale holder never clears another's lease. */
export async function releaseRefreshLease(deps: Pick<Deps, "db">, connectionId: string, owner: string): Promise<void> {
  await deps.db.integrationConnection.updateMany({ where: { id: connectionId, refreshLeaseOwner: owner }, data: { refreshLeaseOwner: null, refreshLeaseExpiresAt: null } });
}
