import { describe, expect, it } from "vitest";
import { clearRefreshFailures, noteRefreshFailure, refreshCooldown, REFRESH_FAILURES_MAX, rememberedRefreshFailures } from "../../src/services/refresh-state.js";

// The per-process back-off after failed refreshes: bounded in size and in time.
describe("refresh back-off memory", () => {
  it("never remembers more than REFRESH_FAILURES_MAX connections; the least recently failed go first", () => {
    const db = {}; // the state is kept per database client
    const now = new Date("2026-06-01T12:00:00Z");
    const extra = 500;
    for (let i = 0; i < REFRESH_FAILURES_MAX + extra; i++) noteRefreshFailure(db, `c${i}`, now);
    expect(rememberedRefreshFailures(db)).toBe(REFRESH_FAILURES_MAX);
    expect(refreshCooldown(db, "c0", now)).toBeNull(); // forgotten: may be tried again
    expect(refreshCooldown(db, `c${extra}`, now)).toEqual(new Date(now.getTime() + 5_000)); // oldest kept
    expect(refreshCooldown(db, `c${REFRESH_FAILURES_MAX + extra - 1}`, now)).toEqual(new Date(now.getTime() + 5_000));
  });

  it("doubles the pause per failed burst, up to 5 minutes, and forgets a connection 5 minutes after its pause ended", () => {
    const db = {};
    let now = new Date("2026-06-01T12:00:00Z");
    const pauses: number[] = [];
    for (let burst = 0; burst < 9; burst++) {
      const retryAt = noteRefreshFailure(db, "c", now);
      pauses.push(retryAt.getTime() - now.getTime());
      now = retryAt;
    }
    expect(pauses).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
    // Long after the last pause, the connection starts again at 5 s; memory holds nothing for it.
    const later = new Date(now.getTime() + 5 * 60_000 + 1);
    expect(refreshCooldown(db, "c", later)).toBeNull();
    expect(rememberedRefreshFailures(db)).toBe(0);
    expect(noteRefreshFailure(db, "c", later).getTime() - later.getTime()).toBe(5_000);
    clearRefreshFailures(db, "c");
    expect(rememberedRefreshFailures(db)).toBe(0);
  });
});
