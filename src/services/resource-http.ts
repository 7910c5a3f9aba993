import type { Deps } from "../deps.js";
import { requestJson, type UpstreamResponse } from "../providers/http.js";
import type { ResourceHttp } from "../providers/types.js";
import type { ConditionalCache } from "./conditional-cache.js";
import type { IntegrationConnection } from "./connections.js";
import { withAccessToken } from "./credentials.js";

/** How many upstream calls one request made, by outcome (for logs and the README's numbers). */
export interface UpstreamCallStats {
  sent: number;
  notModified: number;
  deduplicated: number;
}

/**
 * ResourceHttp for one connection within one GraphQL request: every call carries a live token
 * (`withAccessToken`: refresh once on 401, then RECONNECT_REQUIRED), identical GETs share one
 * upstream call (`memo` lives as long as the request), and conditional GETs revalidate through the
 * connection's ETag cache.
 */
export function createResourceHttp(
  deps: Pick<Deps, "db" | "cipher" | "providers" | "now" | "logger" | "http" | "config">,
  connection: IntegrationConnection,
  shared: {
    memo: Map<string, Promise<UpstreamResponse<unknown>>>;
    etags: ConditionalCache;
    stats: UpstreamCallStats;
    /** Admits one more upstream call (the request's budget, the user's rate limit) or throws. */
    admit: (userId: string) => Promise<void>;
  },
): ResourceHttp {
  const provider = connection.provider;
  const send = async <T>(url: string, method: string, headers: Record<string, string>, body?: string, conditional = false) => {
    // Admitted before the token is even looked up; the retry after a refresh is a call of its own.
    await shared.admit(connection.userId);
    let attempts = 0;
    return withAccessToken(deps, connection, async (token) => {
      if (attempts++ > 0) await shared.admit(connection.userId);
      const cached = conditional ? shared.etags.get(connection.id, url) : undefined;
      const h: Record<string, string> = { accept: "application/json", ...headers, authorization: `Bearer ${token}` };
      if (cached) h["if-none-match"] = cached.etag;
      shared.stats.sent++;
      const response = await requestJson<T>(deps.http, provider, url, { method, headers: h, body, okStatuses: cached ? [200, 201, 304] : undefined });
      if (cached && response.status === 304) {
        shared.stats.notModified++;
        return { status: 304, headers: new Headers(cached.headers), body: cached.body as T };
      }
      const etag = response.headers.get("etag");
      if (conditional && etag) {
        const link = response.headers.get("link");
        shared.etags.set(connection.id, url, { etag, body: response.body, headers: link ? [["link", link]] : [] });
      }
      return response;
    });
  };

  return {
    get<T>(url: string, options: { headers?: Record<string, string>; conditional?: boolean } = {}) {
      const key = `GET ${url}`;
      const known = shared.memo.get(key);
      if (known) {
        shared.stats.deduplicated++;
        return known as Promise<UpstreamResponse<T>>;
      }
      const pending = send<T>(url, "GET", options.headers ?? {}, undefined, options.conditional);
      shared.memo.set(key, pending);
      pending.catch(() => shared.memo.delete(key));
      return pending;
    },
    post<T>(url: string, body: unknown, options: { headers?: Record<string, string> } = {}) {
      // Read-only queries (Supabase) are POSTs: deduplicated like GETs when the body is identical.
      const text = JSON.stringify(body);
      const key = `POST ${url} ${text}`;
      const known = shared.memo.get(key);
      if (known) {
        shared.stats.deduplicated++;
        return known as Promise<UpstreamResponse<T>>;
      }
      const pending = send<T>(url, "POST", { "content-type": "application/json", ...options.headers }, text);
      shared.memo.set(key, pending);
      pending.catch(() => shared.memo.delete(key));
      return pending;
    },
  };
}
