import { timingSafeEqual } from "node:crypto";
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Config } from "./config.js";
import type { Db } from "./db/client.js";
import type { FetchLike } from "./providers/http.js";

/**
 * Prometheus metrics (prom-client), one registry per app: GraphQL operations, upstream calls,
 * token refreshes, rate limits left, connections by status. Served at /metrics (see metricsRoute).
 */
export interface Metrics {
  registry: Registry;
  graphql: Histogram<"operation" | "type" | "outcome">;
  upstream: Histogram<"provider" | "endpoint" | "status">;
  refreshes: Counter<"provider" | "outcome" | "cause">;
  rateLimitRemaining: Gauge<"provider">;
  /** A label for a client-chosen operation name: bounded, so clients cannot grow the registry. */
  operationLabel(name: string | null | undefined): string;
}

const MAX_OPERATION_NAMES = 200;

export function createMetrics(db: Db): Metrics {
  const registry = new Registry();
  const names = new Set<string>();
  const metrics: Metrics = {
    registry,
    graphql: new Histogram({
      name: "gateway_graphql_operation_duration_seconds",
      help: "GraphQL requests by operation name, type (query, mutation) and outcome (ok, or the first error's extensions.code).",
      labelNames: ["operation", "type", "outcome"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    upstream: new Histogram({
      name: "gateway_upstream_request_duration_seconds",
      help: "Calls to providers by provider, endpoint class (token, revoke, userinfo, api) and HTTP status (or network_error).",
      labelNames: ["provider", "endpoint", "status"],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    refreshes: new Counter({
      name: "gateway_token_refreshes_total",
      help: "Access-token refreshes: done (a new token from the provider), shared (a caller got another's refresh: in_process or other_instance), failed (by cause: the error code).",
      labelNames: ["provider", "outcome", "cause"],
      registers: [registry],
    }),
    rateLimitRemaining: new Gauge({
      name: "gateway_upstream_rate_limit_remaining",
      help: "The provider's x-ratelimit-remaining on its latest answer.",
      labelNames: ["provider"],
      registers: [registry],
    }),
    operationLabel(name) {
      if (!name) return "anonymous";
      if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return "other";
      if (names.has(name)) return name;
      if (names.size >= MAX_OPERATION_NAMES) return "other";
      names.add(name);
      return name;
    },
  };
  new Gauge({
    name: "gateway_connections",
    help: "Stored connections by provider and status (counted when scraped).",
    labelNames: ["provider", "status"],
    registers: [registry],
    async collect() {
      const rows = await db.integrationConnection.groupBy({ by: ["provider", "status"], _count: { _all: true } });
      this.reset();
      for (const row of rows) this.set({ provider: row.provider, status: row.status }, row._count._all);
    },
  });
  return metrics;
}

/** Names the provider and endpoint class of an upstream URL, from the configured endpoints. */
export function upstreamClassifier(config: Config): (url: string) => { provider: string; endpoint: string } {
  const exact: [string, string, string][] = [];
  const prefixes: [string, string][] = [];
  if (config.google) {
    const g = config.google;
    exact.push([g.tokenUrl, "google", "token"], [g.revocationUrl, "google", "revoke"], [g.userinfoUrl, "google", "userinfo"]);
    prefixes.push([g.apiBaseUrl, "google"], [g.sheetsApiBaseUrl, "google"]);
  }
  if (config.github) {
    exact.push([config.github.tokenUrl, "github", "token"]);
    prefixes.push([config.github.apiBaseUrl, "github"]);
  }
  prefixes.push([config.supabase.apiBaseUrl, "supabase"]);
  return (url) => {
    const bare = url.split("?")[0]!;
    const hit = exact.find(([u]) => u === bare);
    if (hit) return { provider: hit[1], endpoint: hit[2] };
    const prefix = prefixes.find(([base]) => bare.startsWith(`${base}/`));
    if (!prefix) return { provider: "other", endpoint: "other" };
    const path = bare.slice(prefix[0].length);
    // GitHub: the grant is revoked through the API (DELETE /applications/{client_id}/grant); /user identifies.
    const endpoint = prefix[1] === "github" && path.startsWith("/applications/") ? "revoke" : prefix[1] === "github" && path === "/user" ? "userinfo" : "api";
    return { provider: prefix[1], endpoint };
  };
}

/** `fetch` that records every upstream call (and the rate limit left) in `metrics`. */
export function instrumentFetch(fetchImpl: FetchLike, metrics: Metrics, classify: (url: string) => { provider: string; endpoint: string }): FetchLike {
  return async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const { provider, endpoint } = classify(url);
    const end = metrics.upstream.startTimer({ provider, endpoint });
    try {
      const response = await fetchImpl(input, init);
      end({ status: String(response.status) });
      const remaining = Number(response.headers.get("x-ratelimit-remaining") ?? Number.NaN);
      if (Number.isFinite(remaining)) metrics.rateLimitRemaining.set({ provider }, remaining);
      return response;
    } catch (error) {
      end({ status: "network_error" });
      throw error;
    }
  };
}

/** GET /metrics: 404 when off; with a token set, 401 without `Authorization: Bearer <token>`. */
export async function metricsRoute(request: Request, config: Config, metrics: Metrics): Promise<Response> {
  if (!config.metrics.enabled || request.method !== "GET") return new Response("Not Found", { status: 404 });
  if (config.metrics.token) {
    const given = Buffer.from(request.headers.get("authorization")?.replace(/^Bearer /i, "") ?? "");
    const wanted = Buffer.from(config.metrics.token);
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
      return new Response("metrics need Authorization: Bearer <METRICS_TOKEN>", { status: 401, headers: { "www-authenticate": 'Bearer realm="metrics"' } });
    }
  }
  return new Response(await metrics.registry.metrics(), { headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" } });
}
