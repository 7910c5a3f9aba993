import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, startServerChild } from "./lib/child.js";
import { fire, probe } from "./lib/load.js";
import { settingsFromArgs } from "./lib/settings.js";
import { expectFiveConnections, gatewayTarget } from "./suites/graphql-ceiling.js";

/**
 * `npm run bench:profile [-- --postgres=URL] [--seconds=S]`: loads the gateway child with
 * benchmark (2)'s query (SQLite, or PostgreSQL with --postgres), records V8's CPU profile (the
 * profiler `node --cpu-prof` uses, started after warm-up so start-up and seeding stay out), and
 * prints where the time went: by package, by function (self) and inclusive time.
 * `--summarize=file.cpuprofile` prints the summary of an existing profile (e.g. from --cpu-prof).
 * `--allocations` samples allocations instead (V8's sampling heap profiler) and prints kB per request.
 * The profile is kept under bench/profiles/ (open it in Chrome DevTools).
 */
const argv = process.argv.slice(2);
const existing = argv.find((a) => a.startsWith("--summarize="))?.slice(12);
if (existing) {
  summarize(JSON.parse(readFileSync(existing, "utf8")) as CpuProfile);
  process.exit(0);
}
const settings = settingsFromArgs(argv);
const usePostgres = argv.some((a) => a.startsWith("--postgres=")) && settings.postgresUrl;
const seconds = argv.some((a) => a.startsWith("--seconds=")) ? settings.seconds : 10;
const dir = path.join(ROOT, "bench/profiles");
mkdirSync(dir, { recursive: true });

const allocations = argv.includes("--allocations");
const child = await startServerChild("bench/servers/gateway.ts", { env: { DATABASE_URL: usePostgres ? settings.postgresUrl! : undefined }, nodeArgs: settings.gatewayNodeArgs });
let file: string;
let answered: number;
try {
  const target = gatewayTarget("gateway", child);
  expectFiveConnections(await probe(target), "gateway");
  await fire(target, 32, 3);
  await child.ask(allocations ? "allocationsStart" : "profileStart");
  const result = await fire(target, 32, seconds);
  answered = result.rps * seconds;
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  file = path.join(dir, `gateway-${usePostgres ? "postgres" : "sqlite"}-${stamp}.${allocations ? "heapprofile" : "cpuprofile"}`);
  await child.ask(allocations ? "allocationsStop" : "profileStop", { file });
} finally {
  await child.stop();
}
console.log(`${usePostgres ? "PostgreSQL" : "SQLite"}: ${Math.round(answered / seconds)} req/s at c=32 over ${seconds} s while profiling`);
if (allocations) summarizeAllocations(JSON.parse(readFileSync(file, "utf8")) as HeapProfile, answered);
else summarize(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
console.log(`\nProfile: ${path.relative(ROOT, file)}`);

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}
interface HeapProfile {
  head: HeapNode;
}

/** Sampled bytes allocated per answered request: by function (self) and inclusive. */
function summarizeAllocations(profile: HeapProfile, requests: number) {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  const walk = (node: HeapNode, stack: string[]) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || "(anonymous)"} ${shortUrl(url)}:${lineNumber + 1}`;
    total += node.selfSize;
    self.set(key, (self.get(key) ?? 0) + node.selfSize);
    const path = stack.includes(key) ? stack : [...stack, key];
    for (const k of path) inclusive.set(k, (inclusive.get(k) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, path);
  };
  walk(profile.head, []);
  const top = (m: Map<string, number>, n: number, keep: (k: string) => boolean = () => true) =>
    [...m].filter(([k]) => keep(k)).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, bytes]) => `  ${(bytes / requests / 1024).toFixed(2).padStart(7)} kB/req  ${k}`).join("\n");
  console.log(`\nAllocated (sampled): ${(total / requests / 1024).toFixed(1)} kB per request`);
  console.log(`\nBy function (self):\n${top(self, 20)}`);
  console.log(`\nInclusive (without node internals):\n${top(inclusive, 40, (k) => !k.includes("node:internal") && !k.startsWith("(root)"))}`);
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

function summarize(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const place = where(url, functionName);
    byPlace.set(place, (byPlace.get(place) ?? 0) + us);
    const key = `${functionName || "(anonymous)"} ${shortUrl(url)}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }
  // Inclusive ("total") time: each sample counts once for every distinct function on its stack.
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url, lineNumber } = byId.get(at)!.callFrame;
      if (!url) continue;
      const key = `${functionName || "(anonymous)"} ${shortUrl(url)}:${lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `  ${((us / total) * 100).toFixed(1).padStart(5)} %  ${k}`).join("\n");
  console.log(`\nSelf time by package / area (total ${(total / 1e6).toFixed(1)} s):\n${top(byPlace, 20)}`);
  console.log(`\nSelf time by function:\n${top(byFunction, 25)}`);
  const ours = new Map([...inclusive].filter(([k]) => / (src|bench|test)\//.test(k) || inclusive.get(k)! / total > Number(process.env.PROFILE_MIN ?? 0.08)));
  console.log(`\nTotal (inclusive) time, our code and anything over 8 %:\n${top(ours, Number(process.env.PROFILE_TOP ?? 40))}`);
}

function where(url: string, fn: string): string {
  if (!url) return fn.startsWith("(") ? fn : "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return url;
  const local = /\/(src|test|bench)\/(.*)$/.exec(url);
  return local ? `${local[1]}/${local[2]!.split("/").slice(0, 2).join("/")}` : url;
}

function shortUrl(url: string): string {
  return url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(src|test|bench)\//, "$1/");
}
