import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./lib/child.js";
import { machine, markdownTable, textTable, type Row } from "./lib/report.js";
import { settingsFromArgs, type Settings } from "./lib/settings.js";
import { footprint } from "./suites/footprint.js";
import { graphqlCeiling } from "./suites/graphql-ceiling.js";
import { rebrowseCost } from "./suites/rebrowse.js";
import { refreshUnderLoad } from "./suites/refresh-burst.js";
import { resourcePageOverhead } from "./suites/resource-page.js";

/**
 * `npm run bench [-- --quick] [--only=1,2,3,4,5] [--rounds=N] [--seconds=S] [--postgres=URL|none]`
 * Runs issue 6's benchmarks on loopback, prints one table (figure, baseline, ratio, target) and
 * writes it to bench/results.md and bench/results.json. Every loop is bounded; it stops by itself.
 */
const SUITES: { id: string; name: string; run: (s: Settings) => Promise<Row[]> }[] = [
  { id: "1", name: "resource page overhead", run: resourcePageOverhead },
  { id: "2", name: "GraphQL ceiling", run: graphqlCeiling },
  { id: "3", name: "refresh under load", run: refreshUnderLoad },
  { id: "4", name: "re-browse cost", run: rebrowseCost },
  { id: "5", name: "footprint", run: footprint },
];

const settings = settingsFromArgs(process.argv.slice(2));
const started = Date.now();
const loadBefore = os.loadavg()[0]!;
const rows: Row[] = [];
// The whole run is bounded too: a stuck suite cannot keep it alive.
const deadline = setTimeout(() => {
  console.error("bench: gave up after 15 minutes");
  process.exit(2);
}, 15 * 60_000);
deadline.unref();

for (const suite of SUITES) {
  if (settings.only && !settings.only.includes(suite.id)) continue;
  settings.log(`\n== (${suite.id}) ${suite.name}`);
  try {
    rows.push(...(await suite.run(settings)));
  } catch (error) {
    settings.log(String((error as Error).stack ?? error));
    rows.push({ bench: `${suite.id} ${suite.name}`, figure: "(suite failed)", gateway: "error", baseline: "—", ratio: "—", target: "—", status: false, note: (error as Error).message.split("\n")[0] });
  }
}

const commit = (() => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
})();
const header =
  `Machine: ${machine()}. ${settings.quick ? "QUICK run (fewer, shorter rounds): not for publishing. " : ""}` +
  `Run took ${Math.round((Date.now() - started) / 1000)} s on ${new Date().toISOString().slice(0, 10)} at commit ${commit}; ` +
  `1-minute load average ${loadBefore.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after (other work on the machine makes figures noisier).`;
console.log(`\n${header}\n\n${textTable(rows)}\n`);
if (!settings.only) {
  writeFileSync(path.join(ROOT, "bench/results.md"), `<!-- written by npm run bench -->\n${header}\n\n${markdownTable(rows)}\n`);
  writeFileSync(path.join(ROOT, "bench/results.json"), JSON.stringify({ machine: machine(), commit, quick: settings.quick, date: new Date().toISOString(), loadAverage: [loadBefore, os.loadavg()[0]], rows }, null, 2) + "\n");
  console.log("Written to bench/results.md and bench/results.json");
}
clearTimeout(deadline);
