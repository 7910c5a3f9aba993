import type { Deps } from "../deps.js";

/** Every encrypted column, by table: what key rotation rewrites. */
const ENCRYPTED = {
  integrationConnection: ["accessToken", "refreshToken"],
  oAuthState: ["codeVerifier"],
  oAuthCompletion: ["accessToken", "refreshToken"],
  boundResource: ["secret"],
} as const;

/**
 * Re-encrypts every stored secret under the current (first) key. Rows already under it are
 * skipped, so a re-run is cheap; each row is updated only if unchanged since it was read.
 * Returns how many values were rewritten per table.
 */
export async function reencryptAll(deps: Pick<Deps, "db" | "cipher">, batchSize = 200): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [table, columns] of Object.entries(ENCRYPTED) as [keyof typeof ENCRYPTED, readonly string[]][]) {
    // Both delegates share findMany/updateMany shapes for these columns.
    const delegate = deps.db[table] as unknown as {
      findMany(a: object): Promise<Record<string, string | null>[]>;
      updateMany(a: object): Promise<{ count: number }>;
    };
    counts[table] = 0;
    let cursor: string | undefined;
    for (;;) {
      const rows = await delegate.findMany({ take: batchSize, orderBy: { id: "asc" }, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
      if (rows.length === 0) break;
      for (const row of rows) {
        const data: Record<string, string> = {};
        for (const column of columns) {
          const value = row[column];
          if (value && !deps.cipher.isCurrent(value)) data[column] = await deps.cipher.encrypt(await deps.cipher.decrypt(value));
        }
        if (Object.keys(data).length === 0) continue;
        const unchanged = Object.fromEntries(Object.keys(data).map((c) => [c, row[c]]));
        const { count } = await delegate.updateMany({ where: { id: row.id, ...unchanged }, data });
        if (count === 1) counts[table] += Object.keys(data).length;
      }
      cursor = rows[rows.length - 1]!.id!;
    }
  }
  return counts;
}
