/**
 * A bounded map whose entries also expire: at most `maxEntries` (the least recently used go
 * first), each readable until its own `until` (ms since epoch, per the caller's clock). For
 * in-process memos on hot paths; keys must identify the value completely (no scoping is added).
 */
export class ExpiringLru<K, V> {
  private readonly entries = new Map<K, { value: V; until: number }>();

  constructor(readonly maxEntries: number) {
    if (!(maxEntries > 0)) throw new Error("ExpiringLru needs maxEntries > 0");
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value while it is fresh at `now`; an expired entry is dropped. */
  get(key: K, now: number): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.until <= now) return undefined;
    this.entries.set(key, entry); // most recently used last
    return entry.value;
  }

  set(key: K, value: V, until: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, { value, until });
  }

  delete(key: K): void {
    this.entries.delete(key);
  }
}
