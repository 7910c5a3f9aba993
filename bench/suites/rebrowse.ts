import { startServerChild, type ServerChild } from "../lib/child.js";
import { probe } from "../lib/load.js";
import { pendingRow, type Row } from "../lib/report.js";
import { hasRootField } from "../lib/schema.js";
import type { Settings } from "../lib/settings.js";
import { gatewayTarget } from "./graphql-ceiling.js";

const BENCH = "4 Re-browse cost";

export interface StepCost {
  step: string;
  /** Requests the GitHub fake received during the step. */
  upstreamCalls: number;
  /** Primary rate-limit units spent (GitHub does not count 304s). */
  rateLimitUnits: number;
}

/** Runs one picker step through the gateway and counts what it cost upstream. */
export async function measureStep(child: ServerChild, step: string, run: () => Promise<unknown>): Promise<StepCost> {
  const before = await upstreamState(child);
  await run();
  const after = await upstreamState(child);
  return { step, upstreamCalls: after.calls - before.calls, rateLimitUnits: before.remaining - after.remaining };
}

async function upstreamState(child: ServerChild) {
  const { calls } = await child.ask<{ calls: number }>("upstream", { fake: "github" });
  const { remaining } = await child.ask<{ remaining: number }>("githubRateLimit");
  return { calls, remaining };
}

/** The picker's steps in octocat/hello-world: open the branch, next page of a 150-entry folder, breadcrumbs. */
const PAGE = `edges { node { resourceId name kind hasChildren } } pageInfo { hasNextPage endCursor }`;
export const PICKER_STEPS = {
  openRepos: `query($c: ID!) { resources(connectionId: $c, type: GITHUB_FILE, first: 50) { ${PAGE} } }`,
  openFolder: `query($c: ID!, $p: ID!) { resources(connectionId: $c, type: GITHUB_FILE, parentId: $p, first: 50) { ${PAGE} } }`,
  nextPage: `query($c: ID!, $p: ID!, $after: String!) { resources(connectionId: $c, type: GITHUB_FILE, parentId: $p, first: 50, after: $after) { ${PAGE} } }`,
  breadcrumbs: `query($c: ID!, $id: ID!) { resource(connectionId: $c, type: GITHUB_FILE, id: $id) { ancestors { resourceId name } } }`,
};
const BRANCH = "octocat/hello-world@main";
const BIG_FOLDER = "octocat/hello-world@main:assets";
const DEEP_FOLDER = "octocat/hello-world@main:src/lib/utils";

/**
 * (4) Re-browse cost. Pending until the schema has `resources(...)` (issue 3). Then: the gateway
 * child seeds a GitHub tree (BENCH_SCENARIO=github-tree); the same walk (repos → folder → next
 * page → breadcrumbs of a nested folder) runs twice; the second pass must cost 0 rate-limit units.
 */
export async function rebrowseCost(settings: Settings): Promise<Row[]> {
  if (!hasRootField("query", "resources")) {
    return [
      pendingRow(BENCH, "second pass over the same GitHub tree: rate-limit units", "0", "needs issue 3"),
      pendingRow(BENCH, "upstream calls per picker step (open folder, next page, breadcrumbs)", "—", "needs issue 3"),
    ];
  }
  const child = await startServerChild("bench/servers/gateway.ts", { env: { DATABASE_URL: undefined, BENCH_SCENARIO: "github-tree" }, nodeArgs: settings.gatewayNodeArgs });
  try {
    const c = child.info.githubConnectionGlobalId as string;
    const gql = async (query: string, variables: Record<string, unknown>) => {
      const answer = (await probe({ ...gatewayTarget("gateway", child), body: JSON.stringify({ query, variables }) })) as { data?: Record<string, any>; errors?: unknown };
      if (answer.errors || !answer.data) throw new Error(`picker step failed: ${JSON.stringify(answer).slice(0, 300)}`);
      return answer.data;
    };
    const walk = async () => {
      let after = "";
      return [
        await measureStep(child, "list repositories", () => gql(PICKER_STEPS.openRepos, { c })),
        await measureStep(child, "open branch", () => gql(PICKER_STEPS.openFolder, { c, p: BRANCH })),
        await measureStep(child, "open folder", async () => (after = (await gql(PICKER_STEPS.openFolder, { c, p: BIG_FOLDER })).resources.pageInfo.endCursor)),
        await measureStep(child, "next page", () => gql(PICKER_STEPS.nextPage, { c, p: BIG_FOLDER, after })),
        await measureStep(child, "breadcrumbs", () => gql(PICKER_STEPS.breadcrumbs, { c, id: DEEP_FOLDER })),
      ];
    };
    const first = await walk();
    const second = await walk();
    const units = second.reduce((n, s) => n + s.rateLimitUnits, 0);
    const perStep = (pass: StepCost[]) => pass.map((s) => `${s.step} ${s.upstreamCalls}`).join(", ");
    return [
      { bench: BENCH, figure: "second pass over the same GitHub tree: rate-limit units", gateway: String(units), baseline: `${first.reduce((n, s) => n + s.rateLimitUnits, 0)} first pass`, ratio: "—", target: "0", status: units === 0 },
      { bench: BENCH, figure: "upstream calls per picker step", gateway: `2nd pass: ${perStep(second)}`, baseline: `1st pass: ${perStep(first)}`, ratio: "—", target: "—", status: null },
    ];
  } finally {
    await child.stop();
  }
}
