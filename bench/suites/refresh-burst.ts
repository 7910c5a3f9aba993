import { getConnection } from "../../src/services/connections.js";
import { liveCredential } from "../../src/services/credentials.js";
import { encodeGlobalId } from "../../src/ids.js";
import { PUBLIC_URL, startTestGateway, type TestGateway } from "../../test/support/gateway.js";
import { connectThroughBrowser } from "../../test/support/flows.js";
import type { Row } from "../lib/report.js";
import { hasRootField } from "../lib/schema.js";
import type { Settings } from "../lib/settings.js";
import { fmt, median, percentile } from "../lib/stats.js";

const BENCH = "3 Refresh under load";
const SIZES = [100, 1000];
const BURST_TIMEOUT_MS = 60_000;
const USER = "bench-user";

/** One credential resolution: returns the access token a tool runner would get. */
type Resolve = () => Promise<string>;

/**
 * How a tool runner resolves a credential. "service": in-process, the way the GraphQL field will
 * (load the caller's connection, then `liveCredential`). "graphql": issue 4's `resolveCredential`
 * through the gateway's handler with a service JWT. `--refresh-via=graphql|service`; by default
 * GraphQL as soon as the schema has the field.
 */
export const RESOLVE_CREDENTIAL = {
  document: `query BenchResolveCredential($userId: ID!, $connectionId: ID!, $tool: String!) { resolveCredential(userId: $userId, connectionId: $connectionId, tool: $tool) { accessToken expiresAt } }`,
  tool: "drive_list_files",
};

function serviceResolver(gw: TestGateway, connectionId: string): Resolve {
  return async () => {
    const connection = await getConnection(gw.app.deps, USER, connectionId);
    return (await liveCredential(gw.app.deps, connection)).accessToken;
  };
}

async function graphqlResolver(gw: TestGateway, connectionId: string): Promise<Resolve> {
  const token = await gw.serviceTokenFor("bench-tool-runner");
  const body = JSON.stringify({ query: RESOLVE_CREDENTIAL.document, variables: { userId: USER, connectionId: encodeGlobalId("IntegrationConnection", connectionId), tool: RESOLVE_CREDENTIAL.tool } });
  return async () => {
    const response = await gw.app.fetch(new Request(`${PUBLIC_URL}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body }));
    const answer = (await response.json()) as { data?: { resolveCredential?: { accessToken?: string } }; errors?: unknown };
    const accessToken = answer.data?.resolveCredential?.accessToken;
    if (!accessToken) throw new Error(`resolveCredential failed: ${JSON.stringify(answer.errors ?? answer).slice(0, 300)}`);
    return accessToken;
  };
}

interface Burst {
  latencies: number[];
  tokens: Set<string>;
  refreshes: number;
}

/** `n` resolutions started in the same tick; each latency runs from the burst's start. */
async function burst(gw: TestGateway, resolve: Resolve, n: number): Promise<Burst> {
  const refreshesBefore = gw.google.counters.refresh;
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const all = Promise.all(Array.from({ length: n }, () => resolve().then((token) => ({ token, ms: performance.now() - started }))));
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`a burst of ${n} took over ${BURST_TIMEOUT_MS} ms`)), BURST_TIMEOUT_MS)));
  try {
    const results = await Promise.race([all, timeout]);
    return { latencies: results.map((r) => r.ms), tokens: new Set(results.map((r) => r.token)), refreshes: gw.google.counters.refresh - refreshesBefore };
  } finally {
    clearTimeout(timer);
  }
}

/** Makes the stored access token expired, at the gateway and at the fake alike. */
async function expire(gw: TestGateway, connectionId: string) {
  gw.google.expireAccessTokens();
  await gw.app.deps.db.integrationConnection.update({ where: { id: connectionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
}

/** Starts `fn` with a fresh in-process gateway on the given database (null: a temporary SQLite file). */
async function withGateway<T>(databaseUrl: string | null, fn: (gw: TestGateway) => Promise<T>): Promise<T> {
  const saved = process.env.DATABASE_URL;
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  else delete process.env.DATABASE_URL;
  let gw: TestGateway;
  try {
    gw = await startTestGateway({ env: { LOG_LEVEL: "warn" } });
  } finally {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
  try {
    return await fn(gw);
  } finally {
    await gw.close();
  }
}

/**
 * (3) Refresh under load: 100 and 1,000 resolutions of one expired Google credential started at
 * once → exactly one refresh at the fake, every caller the same fresh token. Baseline: the same
 * burst on a live token (no refresh). In-process (no sockets: 1,000 callers, one event loop).
 */
export async function refreshUnderLoad(settings: Settings): Promise<Row[]> {
  const via = settings.refreshVia === "auto" ? (hasRootField("query", "resolveCredential") || hasRootField("mutation", "resolveCredential") ? "graphql" : "service") : settings.refreshVia;
  const databases: [string, string | null][] = [["SQLite", null], ...(settings.postgresUrl ? [["PostgreSQL", settings.postgresUrl] as [string, string]] : [])];
  const rows: Row[] = [];
  for (const [dbName, url] of databases) {
    await withGateway(url, async (gw) => {
      await connectThroughBrowser(gw, USER, { provider: "GOOGLE", scopes: ["https://www.googleapis.com/auth/drive.readonly"] });
      const connection = await gw.app.deps.db.integrationConnection.findFirstOrThrow({ where: { userId: USER, provider: "google" } });
      const resolve = via === "graphql" ? await graphqlResolver(gw, connection.id) : serviceResolver(gw, connection.id);
      for (const n of SIZES) {
        await expire(gw, connection.id);
        await burst(gw, resolve, n); // warm-up, both paths
        await burst(gw, resolve, n);
        const live: Burst[] = [];
        const expired: Burst[] = [];
        const problems: string[] = [];
        for (let r = 0; r < settings.rounds; r++) {
          const l = await burst(gw, resolve, n);
          if (l.refreshes !== 0 || l.tokens.size !== 1) problems.push(`live round ${r + 1}: ${l.refreshes} refreshes, ${l.tokens.size} tokens`);
          live.push(l);
          const oldToken = [...l.tokens][0]!;
          await expire(gw, connection.id);
          const e = await burst(gw, resolve, n);
          const fresh = [...e.tokens][0]!;
          const valid = (gw.google.accessTokens.get(fresh)?.expiresAt ?? 0) > Date.now();
          if (e.refreshes !== 1 || e.tokens.size !== 1 || fresh === oldToken || !valid) {
            problems.push(`expired round ${r + 1}: ${e.refreshes} refreshes, ${e.tokens.size} distinct tokens${fresh === oldToken ? ", token not renewed" : ""}${valid ? "" : ", token not valid at the fake"}`);
          }
          expired.push(e);
          settings.log(`  ${dbName} n=${n} round ${r + 1}/${settings.rounds}: live p99 ${fmt.ms(percentile(l.latencies, 99))}, expired p99 ${fmt.ms(percentile(e.latencies, 99))}, refreshes ${e.refreshes}`);
        }
        const p = (bs: Burst[], q: number) => median(bs.map((b) => percentile(b.latencies, q)));
        const refreshCounts = [...new Set(expired.map((e) => e.refreshes))].join("/");
        rows.push({
          bench: BENCH,
          figure: `${n.toLocaleString("en-US")} concurrent resolutions of an expired token, ${dbName}`,
          gateway: `${refreshCounts} refresh${refreshCounts === "1" ? "" : "es"} per burst; p50 ${fmt.ms(p(expired, 50))}, p99 ${fmt.ms(p(expired, 99))}`,
          baseline: `live token: p50 ${fmt.ms(p(live, 50))}, p99 ${fmt.ms(p(live, 99))}`,
          ratio: `p99 ${fmt.x(p(expired, 99) / p(live, 99))}`,
          target: "exactly 1 refresh",
          status: problems.length === 0,
          note: [
            via === "service" && rows.length === 0 ? "resolved in-process with getConnection + liveCredential (no resolveCredential field in the schema yet)" : "",
            via === "graphql" && rows.length === 0 ? "resolved through GraphQL resolveCredential (in-process handler)" : "",
            ...problems,
          ].filter(Boolean).join("; ") || undefined,
        });
      }
    });
  }
  return rows;
}
