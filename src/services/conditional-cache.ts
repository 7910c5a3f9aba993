/**
 * ETag cache for conditional GETs (GitHub answers `If-None-Match` with a 304 that costs no rate
 * limit). One small LRU per connection, never shared across connections (an ETag answer is only
 * valid for the credentials that fetched it), and an LRU over connections, so memory stays bounded.
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
}

export class ConditionalCache {
  private readonly byConnection = new Map<string, Map<string, CachedResponse>>();
  private readonly entriesPerConnection: number;
  private readonly connections: number;

  constructor(options: ConditionalCacheOptions = {}) {
    this.entriesPerConnection = options.entriesPerConnection ?? 500;
    this.connections = options.connections ?? 1000;
  }

  get(connectionId: string, url: string): CachedResponse | undefined {
    const entries = this.touch(this.byConnection, connectionId);
    return entries ? this.touch(entries, url) : undefined;
  }

  set(connectionId: string, url: string, value: CachedResponse): void {
    let entries = this.touch(this.byConnection, connectionId);
    if (!entries) {
      entries = new Map();
      this.byConnection.set(connectionId, entries);
      evict(this.byConnection, this.connections);
    }
    entries.delete(url);
    entries.set(url, value);
    evict(entries, this.entriesPerConnection);
  }

  /** Entries held for a connection (for tests and metrics). */
  size(connectionId: string): number {
    return this.byConnection.get(connectionId)?.size ?? 0;
  }

  private touch<V>(map: Map<string, V>, key: string): V | undefined {
    const value = map.get(key);
    if (value === undefined) return undefined;
    map.delete(key);
    map.set(key, value);
    return value;
  }
}

function evict<V>(map: Map<string, V>, max: number) {
  while (map.size > max) map.delete(map.keys().next().value!);
}
