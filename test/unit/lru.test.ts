import { describe, expect, it } from "vitest";
import { ExpiringLru } from "../../src/lru.js";

describe("ExpiringLru", () => {
  it("never holds more than maxEntries, dropping the least recently used first", () => {
    const lru = new ExpiringLru<string, number>(3);
    for (const [i, key] of ["a", "b", "c"].entries()) lru.set(key, i, 1000);
    expect(lru.get("a", 0)).toBe(0); // a is now the most recently used
    lru.set("d", 3, 1000);
    expect(lru.size).toBe(3);
    expect(lru.get("b", 0)).toBeUndefined();
    expect([lru.get("a", 0), lru.get("c", 0), lru.get("d", 0)]).toEqual([0, 2, 3]);
  });

  it("does not return an entry at or after its expiry, and forgets it", () => {
    const lru = new ExpiringLru<string, string>(10);
    lru.set("k", "v", 100);
    expect(lru.get("k", 99)).toBe("v");
    expect(lru.get("k", 100)).toBeUndefined();
    expect(lru.size).toBe(0);
  });

  it("replacing a key keeps one entry with the new value and expiry", () => {
    const lru = new ExpiringLru<string, string>(2);
    lru.set("k", "old", 10);
    lru.set("k", "new", 50);
    expect(lru.size).toBe(1);
    expect(lru.get("k", 20)).toBe("new");
  });
});
