import { ExpiringLru } from "../lru.js";
import type { IntegrationConnection } from "./connections.js";

/**
 * What one process remembers about refreshes, per database client (so two app instances in one
 * test process stay as apart as two machines): the refresh in flight per connection, and the
 * back-off after transient failures.
 */
interface RefreshState {
  inflight: Map<string, Promise<IntegrationConnection>>;
  failures: ExpiringLru<string, { bursts: number; retryAt: Date }>;
}

const states = new WeakMap<object, RefreshState>();

/**
 * Back-off after a failed burst of refresh attempts: 5 s, doubling per burst, at most 5 minutes.
 * A connection's failures are remembered until COOLDOWN_MAX_MS after its last pause ends, for at
 * most REFRESH_FAILURES_MAX connections (the least recently failed are forgotten first).
 */
const COOLDOWN_MS = 5_000;
const COOLDOWN_MAX_MS = 5 * 60_000;
export const REFRESH_FAILURES_MAX = 10_000;

function stateOf(db: object): RefreshState {
  let state = states.get(db);
  if (!state) states.set(db, (state = { inflight: new Map(), failures: new ExpiringLru(REFRESH_FAILURES_MAX) }));
  return state;
}

export const inflightRefreshes = (db: object) => stateOf(db).inflight;

/** How many connections' failures this process remembers (bounded by REFRESH_FAILURES_MAX). */
export const rememberedRefreshFailures = (db: object) => stateOf(db).failures.size;

/** Records a failed burst; returns when the next attempt may go upstream. */
export function noteRefreshFailure(db: object, connectionId: string, now: Date): Date {
  const failures = stateOf(db).failures;
  const bursts = (failures.get(connectionId, now.getTime())?.bursts ?? 0) + 1;
  const retryAt = new Date(now.getTime() + Math.min(COOLDOWN_MS * 2 ** (bursts - 1), COOLDOWN_MAX_MS));
  failures.set(connectionId, { bursts, retryAt }, retryAt.getTime() + COOLDOWN_MAX_MS);
  return retryAt;
}

/** When a connection in back-off may be refreshed again; null when it may be now. */
export function refreshCooldown(db: object, connectionId: string, now: Date): Date | null {
  const entry = stateOf(db).failures.get(connectionId, now.getTime());
  return entry && entry.retryAt > now ? entry.retryAt : null;
}

export function clearRefreshFailures(db: object, connectionId: string): void {
  stateOf(db).failures.delete(connectionId);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
