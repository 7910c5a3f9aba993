import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { baseEnv, startTestGateway } from "../../test/support/gateway.js";
import { definedOnly, freePort, ROOT, stopChild, vmHwmKb } from "../lib/child.js";
import { fire } from "../lib/load.js";
import type { Row } from "../lib/report.js";
import { BENCH_USER, CONNECTIONS_QUERY, seedFiveConnections } from "../lib/seed.js";
import { productionNodeFlags, type Settings } from "../lib/settings.js";
import { fmt, median } from "../lib/stats.js";
import { CEILING_CONNECTIONS } from "./graphql-ceiling.js";

const BENCH = "5 Footprint";
const MAX_RSS_MB = 150;
const MAX_START_MS = 1500;
const START_TIMEOUT_MS = 20_000;
const TIME = "/usr/bin/time";

interface Variant {
  name: string;
  args: string[];
  /** Whether it is the gateway (false: the bare-yoga baseline). */
  gateway: boolean;
}

const VARIANTS: Variant[] = [
  { name: "`node --import tsx src/main.ts` (npm start)", args: ["--import", "tsx", "src/main.ts"], gateway: true },
  { name: "`node dist/main.js` (V8 defaults)", args: ["dist/main.js"], gateway: true },
  { name: `\`npm run start:prod\` (${productionNodeFlags().join(" ")})`, args: [...productionNodeFlags(), "dist/main.js"], gateway: true },
  { name: "bare yoga", args: ["--import", "tsx", "bench/servers/bare-yoga.ts"], gateway: false },
];

/**
 * (5) Footprint of the real entry point (src/main.ts, as `npm start` runs it, and the compiled
 * dist/main.js): time from spawn to the first answered `connections` query, and peak RSS under
 * GraphQL load. Baseline: the bare graphql-yoga server started the same way. Upstream fakes and
 * the (SQLite, already migrated) database are prepared here.
 */
export async function footprint(settings: Settings): Promise<Row[]> {
  build();
  const gw = await startTestGateway({ env: { LOG_LEVEL: "warn" } });
  try {
    await seedFiveConnections(gw);
    const token = await gw.tokenFor(BENCH_USER);
    const env = { ...baseEnv(gw.db, gw), NODE_ENV: "production", PUBLIC_URL: "https://gateway.bench.invalid", HOST: "127.0.0.1", LOG_LEVEL: "warn" };
    const startMs = new Map<string, number[]>(VARIANTS.map((v) => [v.name, []]));
    for (let r = 0; r < settings.rounds; r++) {
      for (const v of VARIANTS) {
        const run = await launch(v, env, token, false);
        startMs.get(v.name)!.push(run.startMs);
        await run.stop();
        settings.log(`  start round ${r + 1}/${settings.rounds} ${v.name}: ${Math.round(run.startMs)} ms`);
      }
    }
    const loadSeconds = settings.quick ? 2 : 10;
    const rssKb = new Map<string, number>();
    for (const v of VARIANTS) {
      const run = await launch(v, env, token, true);
      const target = { name: v.name, url: `${run.url}/graphql`, headers: run.headers, body: JSON.stringify({ query: CONNECTIONS_QUERY }) };
      const load = await fire(target, CEILING_CONNECTIONS, loadSeconds);
      const { peakKb } = await run.stop();
      rssKb.set(v.name, peakKb);
      settings.log(`  ${v.name}: ${Math.round(load.rps)} req/s for ${loadSeconds} s, peak RSS ${fmt.mb(peakKb)}${load.failures ? `, ${load.failures} FAILURES` : ""}`);
      if (load.failures) throw new Error(`${v.name}: ${load.failures} failed requests under load`);
    }

    const bare = VARIANTS.find((v) => !v.gateway)!.name;
    const bareStart = median(startMs.get(bare)!);
    const rows: Row[] = [];
    for (const v of VARIANTS.filter((x) => x.gateway)) {
      const rss = rssKb.get(v.name)!;
      rows.push({
        bench: BENCH,
        figure: `peak RSS under GraphQL load (c=${CEILING_CONNECTIONS}, ${loadSeconds} s), ${v.name}`,
        gateway: fmt.mb(rss),
        baseline: `${fmt.mb(rssKb.get(bare)!)} bare yoga`,
        ratio: fmt.x(rss / rssKb.get(bare)!),
        target: `≤ ${MAX_RSS_MB} MB`,
        status: rss / 1024 <= MAX_RSS_MB,
        ...(v === VARIANTS[0] ? { note: "load: benchmark (2)'s `connections` query until (1)'s `resources` page exists (issue 3)" } : {}),
      });
    }
    for (const v of VARIANTS.filter((x) => x.gateway)) {
      const ms = median(startMs.get(v.name)!);
      rows.push({
        bench: BENCH,
        figure: `process start → first answered query, ${v.name}`,
        gateway: fmt.ms(ms),
        baseline: `${fmt.ms(bareStart)} bare yoga (tsx)`,
        ratio: fmt.x(ms / bareStart),
        target: `≤ ${fmt.ms(MAX_START_MS)}`,
        status: ms <= MAX_START_MS,
      });
    }
    return rows;
  } finally {
    await gw.close();
  }
}

/** `npm run build` (tsc → dist/), so the compiled entry is measured as it is now. */
function build() {
  const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", "."], { cwd: ROOT, encoding: "utf8", timeout: 180_000 });
  if (result.status !== 0 || !existsSync(path.join(ROOT, "dist/main.js"))) throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
}

interface Launched {
  url: string;
  headers: Record<string, string>;
  startMs: number;
  /** SIGTERM, wait for exit; peak RSS (kB) from VmHWM and, under /usr/bin/time, its maximum RSS. */
  stop(): Promise<{ peakKb: number }>;
}

/** Spawns a variant (under /usr/bin/time -v when measuring memory) and polls until it answers. */
async function launch(v: Variant, env: Record<string, string>, token: string, measureMemory: boolean): Promise<Launched> {
  const port = await freePort();
  const childEnv = definedOnly({ ...process.env, ...env, PORT: String(port), DATABASE_URL: env.DATABASE_URL });
  const started = performance.now();
  const command = measureMemory ? [TIME, "-v", process.execPath, ...v.args] : [process.execPath, ...v.args];
  const child = spawn(command[0]!, command.slice(1), { cwd: ROOT, env: childEnv, stdio: ["pipe", "ignore", "pipe"] }); // stdin stays open: bench servers stop when it closes
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => void (stderr = (stderr + d.toString()).slice(-8000)));
  const url = `http://127.0.0.1:${port}`;
  const headers: Record<string, string> = { "content-type": "application/json", ...(v.gateway ? { authorization: `Bearer ${token}` } : {}) };
  try {
    await firstAnswer(`${url}/graphql`, headers, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${v.name}: ${(error as Error).message}\n${stderr}`);
  }
  const startMs = performance.now() - started;
  return {
    url,
    headers,
    startMs,
    async stop() {
      const nodePid = measureMemory ? childPid(child.pid!) : child.pid!;
      const hwm = (nodePid && vmHwmKb(nodePid)) || 0;
      await stopChild(child, () => (nodePid ? process.kill(nodePid, "SIGTERM") : child.kill("SIGKILL")));
      const timeKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
      return { peakKb: Math.max(hwm, timeKb) };
    },
  };
}

async function firstAnswer(url: string, headers: Record<string, string>, child: ChildProcess) {
  const body = JSON.stringify({ query: CONNECTIONS_QUERY });
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode} before answering`);
    let response: Response | undefined;
    try {
      // A new connection each time: not one kept alive to an earlier server on a reused port.
      response = await fetch(url, { method: "POST", headers: { ...headers, connection: "close" }, body });
    } catch {
      // Not listening yet.
    }
    if (response) {
      const answer = (await response.json()) as { data?: { connections?: unknown[] } };
      if (response.ok && answer.data?.connections?.length === 5) return;
      throw new Error(`answered ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`no answer within ${START_TIMEOUT_MS} ms`);
}

/** The (single) child of a process, e.g. the node process /usr/bin/time runs. */
function childPid(pid: number): number | null {
  try {
    const first = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/)[0];
    return first ? Number(first) : null;
  } catch {
    return null;
  }
}
