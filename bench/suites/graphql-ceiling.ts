import { startServerChild, type ServerChild } from "../lib/child.js";
import { compare, cpuRatio, probe, throughputRatio, type Target } from "../lib/load.js";
import type { Row } from "../lib/report.js";
import { CONNECTIONS_QUERY } from "../lib/seed.js";
import { productionNodeFlags, type Settings } from "../lib/settings.js";
import { fmt } from "../lib/stats.js";

/** Concurrency of the throughput rounds (the same as benchmark (1)'s throughput figure). */
export const CEILING_CONNECTIONS = 32;
const TARGET_RATIO = 0.5;
const FIGURE: Record<string, string> = { sqlite: "SQLite", postgres: "PostgreSQL", "sqlite-prod": "SQLite, start:prod V8 flags" };

export function gatewayTarget(name: string, child: ServerChild): Target {
  return {
    name,
    url: `${child.url}/graphql`,
    pid: child.info.pid,
    headers: { "content-type": "application/json", authorization: `Bearer ${child.info.token as string}` },
    body: JSON.stringify({ query: CONNECTIONS_QUERY }),
  };
}

export function expectFiveConnections(answer: unknown, name: string): void {
  const body = answer as { data?: { connections?: unknown[] }; errors?: unknown };
  if (body.errors || body.data?.connections?.length !== 5) throw new Error(`${name} did not answer five connections: ${JSON.stringify(answer).slice(0, 300)}`);
}

/**
 * (2) GraphQL ceiling: `connections` (five rows) through the real gateway on SQLite and on
 * PostgreSQL, with a real bearer JWT, vs a bare graphql-yoga server answering the same shape from
 * memory. Each server runs in its own process; the load generator runs here. The ratio is
 * throughput (the target); beside it, the inverse ratio of server CPU time per request, which a
 * busy machine disturbs less (for PostgreSQL it leaves out the database server's own CPU).
 */
export async function graphqlCeiling(settings: Settings): Promise<Row[]> {
  const children: ServerChild[] = [];
  try {
    const bare = await startServerChild("bench/servers/bare-yoga.ts");
    children.push(bare);
    const sqlite = await startServerChild("bench/servers/gateway.ts", { env: { DATABASE_URL: undefined }, nodeArgs: settings.gatewayNodeArgs });
    children.push(sqlite);
    // The same gateway under `npm run start:prod`'s V8 memory flags: what footprint (5) costs in throughput.
    const sqliteProd = await startServerChild("bench/servers/gateway.ts", { env: { DATABASE_URL: undefined }, nodeArgs: [...productionNodeFlags(), ...settings.gatewayNodeArgs] });
    children.push(sqliteProd);
    const postgres = settings.postgresUrl
      ? await startServerChild("bench/servers/gateway.ts", { env: { DATABASE_URL: settings.postgresUrl }, nodeArgs: settings.gatewayNodeArgs })
      : null;
    if (postgres) children.push(postgres);

    const targets: Target[] = [
      { name: "bare", url: `${bare.url}/graphql`, pid: bare.info.pid, headers: { "content-type": "application/json" }, body: JSON.stringify({ query: CONNECTIONS_QUERY }) },
      gatewayTarget("sqlite", sqlite),
      ...(postgres ? [gatewayTarget("postgres", postgres)] : []),
      gatewayTarget("sqlite-prod", sqliteProd),
    ];
    for (const t of targets) expectFiveConnections(await probe(t), t.name);

    settings.log(`(2) GraphQL ceiling: c=${CEILING_CONNECTIONS}, ${settings.rounds} rounds × ${settings.seconds} s`);
    const series = await compare(targets, { connections: CEILING_CONNECTIONS, seconds: settings.seconds, rounds: settings.rounds, warmupSeconds: settings.warmupSeconds, log: settings.log });
    const base = series.get("bare")!;
    return targets.slice(1).map((t) => {
      const s = series.get(t.name)!;
      const ratio = throughputRatio(s, base);
      return {
        bench: "2 GraphQL ceiling",
        figure: `\`connections\` ×5, ${FIGURE[t.name]}, c=${CEILING_CONNECTIONS}`,
        gateway: `${fmt.rps(s.medianRps)}, p50 ${fmt.ms(s.medianP50)}, ${s.medianCpuMs.toFixed(2)} ms CPU/req`,
        baseline: `bare yoga ${fmt.rps(base.medianRps)}, p50 ${fmt.ms(base.medianP50)}, ${base.medianCpuMs.toFixed(2)} ms CPU/req`,
        ratio: `${fmt.pct(ratio)} (CPU/req: ${fmt.pct(cpuRatio(s, base))})`,
        target: `≥ ${fmt.pct(TARGET_RATIO)}`,
        // The start:prod row shows the price of the memory flags; the target is judged on V8 defaults.
        status: t.name === "sqlite-prod" ? null : s.failures + base.failures > 0 ? false : ratio >= TARGET_RATIO,
        ...(s.failures + base.failures > 0 ? { note: `${s.failures + base.failures} failed requests during the rounds` } : {}),
      };
    });
  } finally {
    await Promise.all(children.map((c) => c.stop()));
  }
}
