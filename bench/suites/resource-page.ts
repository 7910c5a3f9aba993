import { startServerChild } from "../lib/child.js";
import { addedP50, compare, probe, throughputRatio, type Target } from "../lib/load.js";
import { pendingRow, type Row } from "../lib/report.js";
import { hasRootField } from "../lib/schema.js";
import type { Settings } from "../lib/settings.js";
import { fmt } from "../lib/stats.js";
import { gatewayTarget } from "./graphql-ceiling.js";

const BENCH = "1 Resource page overhead";
const FIGURES = {
  latency: { figure: "`resources(first: 50)` Drive page, added p50 at c=1", target: "≤ 1 ms" },
  throughput: { figure: "`resources(first: 50)` Drive page, throughput at c=32", target: "≥ 50 %" },
};
const MAX_ADDED_P50_MS = 1;
const MIN_THROUGHPUT_RATIO = 0.5;

/** The page the picker asks for: 50 entries of a 272-item Drive folder. */
export const RESOURCES_PAGE_QUERY = `query BenchDrivePage($connectionId: ID!, $parentId: ID!) {
  resources(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, parentId: $parentId, first: 50) {
    edges { cursor node { id resourceId name kind mimeType modifiedAt hasChildren } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/**
 * (1) Resource page overhead. Pending until the schema has `resources(...)` (issue 3). Then: the
 * gateway child seeds the Drive fake (BENCH_SCENARIO=drive, see bench/servers/scenarios.ts), one
 * probe through the gateway shows which request it sends upstream, and that exact request (URL and
 * headers, the connection's own token) is fired straight at the fake as the baseline.
 */
export async function resourcePageOverhead(settings: Settings): Promise<Row[]> {
  if (!hasRootField("query", "resources")) {
    return [pendingRow(BENCH, FIGURES.latency.figure, FIGURES.latency.target, "needs issue 3"), pendingRow(BENCH, FIGURES.throughput.figure, FIGURES.throughput.target, "needs issue 3")];
  }
  const child = await startServerChild("bench/servers/gateway.ts", { env: { DATABASE_URL: undefined, BENCH_SCENARIO: "drive" }, nodeArgs: settings.gatewayNodeArgs });
  try {
    const gateway: Target = { ...gatewayTarget("gateway", child), body: JSON.stringify({ query: RESOURCES_PAGE_QUERY, variables: { connectionId: child.info.driveConnectionGlobalId, parentId: child.info.driveFolderId } }) };
    const answer = (await probe(gateway)) as { data?: { resources?: { edges?: unknown[] } }; errors?: unknown };
    if (answer.errors || answer.data?.resources?.edges?.length !== 50) throw new Error(`the gateway did not answer a page of 50: ${JSON.stringify(answer).slice(0, 300)}`);
    const { last } = await child.ask<{ last: { method: string; url: string; headers: Record<string, string> } }>("upstream", { fake: "google" });
    const direct: Target = { name: "direct", url: last.url, method: "GET", headers: { authorization: last.headers.authorization!, accept: "application/json" } };
    await probe(direct);
    return await overheadRows(direct, gateway, settings);
  } finally {
    await child.stop();
  }
}

/** Added latency at concurrency 1 and relative throughput at concurrency 32, gateway vs direct. */
export async function overheadRows(direct: Target, gateway: Target, settings: Settings): Promise<Row[]> {
  const opts = { seconds: settings.seconds, rounds: settings.rounds, warmupSeconds: settings.warmupSeconds, log: settings.log };
  const one = await compare([direct, gateway], { ...opts, connections: 1 });
  const many = await compare([direct, gateway], { ...opts, connections: 32 });
  const added = addedP50(one.get(gateway.name)!, one.get(direct.name)!);
  const ratio = throughputRatio(many.get(gateway.name)!, many.get(direct.name)!);
  const failures = [...one.values(), ...many.values()].reduce((n, s) => n + s.failures, 0);
  const note = failures ? { note: `${failures} failed requests during the rounds` } : {};
  return [
    {
      bench: BENCH,
      ...FIGURES.latency,
      gateway: `p50 ${fmt.ms(one.get(gateway.name)!.medianP50)}`,
      baseline: `p50 ${fmt.ms(one.get(direct.name)!.medianP50)} direct`,
      ratio: `+${fmt.ms(added)}`,
      status: failures ? false : added <= MAX_ADDED_P50_MS,
      ...note,
    },
    {
      bench: BENCH,
      ...FIGURES.throughput,
      gateway: fmt.rps(many.get(gateway.name)!.medianRps),
      baseline: `${fmt.rps(many.get(direct.name)!.medianRps)} direct`,
      ratio: fmt.pct(ratio),
      status: failures ? false : ratio >= MIN_THROUGHPUT_RATIO,
      ...note,
    },
  ];
}
