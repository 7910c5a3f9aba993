import type { Deps } from "../deps.js";

const known = new WeakMap<Deps["db"], Set<string>>();
const KNOWN_LIMIT = 10_000;

/** Creates the user row on first sight (bounded in-memory memo so hot paths skip the write). */
export async function ensureUser(deps: Pick<Deps, "db">, userId: string): Promise<void> {
  let seen = known.get(deps.db);
  if (!seen) known.set(deps.db, (seen = new Set()));
  if (seen.has(userId)) return;
  await deps.db.user.upsert({ where: { id: userId }, create: { id: userId }, update: {} }).catch((error: { code?: string }) => {
    // Two first requests of the same user raced: the other one created the row.
    if (error?.code !== "P2002") throw error;
  });
  if (seen.size >= KNOWN_LIMIT) seen.clear();
  seen.add(userId);
}
