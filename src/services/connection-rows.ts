import type { Deps } from "../deps.js";
import type { IntegrationConnection } from "../generated/sqlite/client.js";
import type { ProviderId } from "../providers/types.js";

/**
 * The two reads on every request's path, as SQL through Prisma's `$queryRaw` (the same text runs
 * on SQLite and PostgreSQL; rows come back typed by the driver adapter, Dates included).
 *
 * Why not `findMany`/`findFirst`: Prisma 6's client compiles every model query to a plan in wasm,
 * with no plan cache; under load that compile was the largest single cost of a GraphQL request
 * (21 % of the gateway's CPU; `npm run bench`, docs/readme/issue-6.md). Raw queries skip it. A test
 * (test/integration/connection-rows.test.ts) keeps these rows identical to Prisma's model reads.
 */
export async function connectionRowsOfUser(db: Deps["db"], userId: string, provider?: ProviderId): Promise<IntegrationConnection[]> {
  return provider
    ? db.$queryRaw<IntegrationConnection[]>`SELECT * FROM "IntegrationConnection" WHERE "userId" = ${userId} AND "provider" = ${provider} ORDER BY "createdAt" ASC, "id" ASC`
    : db.$queryRaw<IntegrationConnection[]>`SELECT * FROM "IntegrationConnection" WHERE "userId" = ${userId} ORDER BY "createdAt" ASC, "id" ASC`;
}

/** The user's connection with this id, or null (another user's id is not found either). */
export async function connectionRowOfUser(db: Deps["db"], userId: string, connectionId: string): Promise<IntegrationConnection | null> {
  const rows = await db.$queryRaw<IntegrationConnection[]>`SELECT * FROM "IntegrationConnection" WHERE "id" = ${connectionId} AND "userId" = ${userId} LIMIT 1`;
  return rows[0] ?? null;
}
