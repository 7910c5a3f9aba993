/**
 * ETag cache for conditional GETs (GitHub answers `If-None-Match` with a 304 that costs no rate
 * limit). One LRU per connection, never shared across connections (an ETag answer is only valid
 * for the credentials that fetched it), inside an LRU over connections; bounded by entries per
 * connection, by connections, and by the total size of the cached bodies.
 */
export interface CachedResponse {
  etag: string;
  body: unknown;
  /** The headers of the original 200 that paging needs (Link). */
  headers: [string, string][];
}

export interface ConditionalCacheOptions {
  /** Default 500 responses per connection. */
  entriesPerConnection?: number;
  /** Default 1,000 connections. */
  connections?: number;
  /** Default 64 MiB of cached JSON, all connections together. */
  maxBytes?: number;
}

interface Entry extends CachedResponse {
  bytes: number;
}

export class ConditionalCache {
  private readonly byConnection = new Map<string, Map<string, Entry>>();
  private readonly entriesPerConnection: number;
  private readonly connections: number;
  private readonly maxBytes: number;
  private bytes = 0;

  constructor(options: ConditionalCacheOptions = {}) {
    this.entriesPerConnection = options.entriesPerConnection ?? 500;
    this.connections = options.connections ?? 1000;
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  }

  get(connectionId: string, url: string): CachedResponse | undefined {
    const entries = touch(this.byConnection, connectionId);
    return entries ? touch(entries, url) : undefined;
  }

  set(connectionId: string, url: string, value: CachedResponse): void {
    const bytes = JSON.stringify(value.body)?.length ?? 0;
    if (bytes > this.maxBytes) return;
    let entries = touch(this.byConnection, connectionId);
    if (!entries) this.byConnection.set(connectionId, (entries = new Map()));
    this.drop(entries, url);
    entries.set(url, { ...value, bytes });
    this.bytes += bytes;
    while (entries.size > this.entriesPerConnection) this.drop(entries, entries.keys().next().value!);
    while (this.byConnection.size > this.connections) this.dropConnection(this.byConnection.keys().next().value!);
    // Over the byte budget: the least recently used connection gives up its oldest responses first.
    while (this.bytes > this.maxBytes) {
      const [oldestId, oldest] = this.byConnection.entries().next().value!;
      this.drop(oldest, oldest.keys().next().value!);
      if (oldest.size === 0) this.byConnection.delete(oldestId);
    }
  }

  /** Entries held for a connection (for tests and metrics). */
  size(connectionId: string): number {
    return this.byConnection.get(connectionId)?.size ?? 0;
  }

  private drop(entries: Map<string, Entry>, url: string) {
    const entry = entries.get(url);
    if (!entry) return;
    this.bytes -= entry.bytes;
    entries.delete(url);
  }

  private dropConnection(connectionId: string) {
    for (const entry of this.byConnection.get(connectionId)?.values() ?? []) this.bytes -= entry.bytes;
    this.byConnection.delete(connectionId);
  }
}

function touch<V>(map: Map<string, V>, key: string): V | undefined {
  const value = map.get(key);
  if (value === undefined) return undefined;
  map.delete(key);
  map.set(key, value);
  return value;
}
