import { Redis } from "ioredis";
import type { Config } from "../config.js";
import type { Deps } from "../deps.js";

/** One unit of a user's upstream-call allowance: granted, or refused until the window ends. */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfter: number };

export interface RateLimiter {
  /** Counts one upstream call for `userId` in the current window. */
  consume(userId: string): Promise<RateVerdict>;
  close(): Promise<void>;
}

/**
 * A fixed-window counter per user, shared by every instance: in Redis when REDIS_URL is set
 * (INCR + PEXPIRE in one script), else in the database (`UpstreamRateWindow`, one atomic
 * INSERT … ON CONFLICT DO UPDATE … RETURNING, the same SQL on SQLite and PostgreSQL).
 * If Redis cannot be reached the call is let through and the failure logged (the per-request
 * budget still holds); a database failure fails the call like any other database failure.
 */
export function createRateLimiter(deps: Pick<Deps, "db" | "logger" | "now">, config: Config["limits"]["rateLimit"]): RateLimiter {
  const windowMs = config.windowSeconds * 1000;
  const window = () => {
    const now = deps.now().getTime();
    const start = Math.floor(now / windowMs) * windowMs;
    return { start, end: start + windowMs, now };
  };
  const verdict = (count: number, w: { end: number; now: number }): RateVerdict =>
    count <= config.upstreamCalls ? { allowed: true } : { allowed: false, retryAfter: Math.max(1, Math.ceil((w.end - w.now) / 1000)) };

  if (config.redisUrl) {
    const redis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000, enableOfflineQueue: true });
    redis.on("error", () => undefined); // reported per call below
    const INCREMENT = "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIREAT', KEYS[1], ARGV[1]) end return n";
    return {
      async consume(userId) {
        const w = window();
        try {
          const count = (await redis.eval(INCREMENT, 1, `gateway:upstream-calls:${w.start / 1000}:${userId}`, String(w.end))) as number;
          return verdict(count, w);
        } catch (error) {
          deps.logger.error({ err: (error as Error).message }, "rate limit store (Redis) unavailable; call let through");
          return { allowed: true };
        }
      },
      close: async () => void (await redis.quit().catch(() => redis.disconnect())),
    };
  }

  let sweptWindow = 0;
  return {
    async consume(userId) {
      const w = window();
      if (sweptWindow !== w.start) {
        // Once per window per instance: rows of windows that ended are of no use to anyone.
        sweptWindow = w.start;
        await deps.db.$executeRaw`DELETE FROM "UpstreamRateWindow" WHERE "resetsAt" <= ${BigInt(w.now)}`;
      }
      const key = `${w.start / 1000}:${userId}`;
      const rows = await deps.db.$queryRaw<{ count: number | bigint }[]>`
        INSERT INTO "UpstreamRateWindow" ("key", "count", "resetsAt") VALUES (${key}, 1, ${BigInt(w.end)})
        ON CONFLICT ("key") DO UPDATE SET "count" = "UpstreamRateWindow"."count" + 1
        RETURNING "count"`;
      return verdict(Number(rows[0]!.count), w);
    },
    close: async () => undefined,
  };
}
