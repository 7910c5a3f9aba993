import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { median, medianRatio, percentile } from "./stats.js";

/** One HTTP request to fire repeatedly (loopback only). */
export interface Target {
  name: string;
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** The server's process id, to measure its CPU time per request (robust to a busy machine). */
  pid?: number;
}

export interface RoundResult {
  rps: number;
  /** Latency percentiles in ms, from autocannon's per-response timings (sub-millisecond). */
  p50: number;
  p99: number;
  /** Non-2xx answers, connection errors and timeouts: a round with any is not trusted. */
  failures: number;
  /** Server CPU time (user + system) per answered request, in ms; NaN without a pid. */
  cpuMs: number;
}

export interface Series {
  target: Target;
  rounds: RoundResult[];
  medianRps: number;
  medianP50: number;
  medianP99: number;
  medianCpuMs: number;
  failures: number;
}

const LOOPBACK = /^http:\/\/127\.0\.0\.1:\d+\//;

/** Fires `target` from `connections` keep-alive connections for `seconds` (autocannon, one process). */
export async function fire(target: Target, connections: number, seconds: number): Promise<RoundResult> {
  if (!LOOPBACK.test(target.url)) throw new Error(`benchmarks only talk to 127.0.0.1, not ${target.url}`);
  const latencies: number[] = [];
  const cpuBefore = target.pid ? cpuTimeMs(target.pid) : Number.NaN;
  const instance = autocannon({
    url: target.url,
    method: target.method ?? "POST",
    headers: target.headers,
    body: target.body,
    connections,
    duration: seconds,
    timeout: 10,
  });
  instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status < 300 && latencies.length < 2_000_000) latencies.push(ms);
  });
  const result = await instance;
  const cpuAfter = target.pid ? cpuTimeMs(target.pid) : Number.NaN;
  return {
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures: result.non2xx + result.errors + result.timeouts,
    cpuMs: (cpuAfter - cpuBefore) / Math.max(1, latencies.length),
  };
}

/** user + system CPU time of a process so far, in ms (/proc/<pid>/stat, clock ticks of 10 ms). */
export function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Measures several targets the same way: a warm-up per target, then `rounds` rounds in which every
 * target runs once, in a rotating order, so drift on a noisy machine hits all of them alike.
 */
export async function compare(
  targets: Target[],
  options: { connections: number; seconds: number; rounds: number; warmupSeconds: number; log?: (line: string) => void },
): Promise<Map<string, Series>> {
  const log = options.log ?? (() => {});
  const rounds = new Map<string, RoundResult[]>(targets.map((t) => [t.name, []]));
  for (const t of targets) await fire(t, options.connections, options.warmupSeconds);
  for (let r = 0; r < options.rounds; r++) {
    const order = targets.map((_, i) => targets[(i + r) % targets.length]!);
    for (const t of order) {
      const result = await fire(t, options.connections, options.seconds);
      rounds.get(t.name)!.push(result);
      const cpu = Number.isNaN(result.cpuMs) ? "" : `, ${result.cpuMs.toFixed(3)} ms CPU/req`;
      log(`  round ${r + 1}/${options.rounds} ${t.name} c=${options.connections}: ${Math.round(result.rps)} req/s, p50 ${result.p50.toFixed(2)} ms${cpu}${result.failures ? `, ${result.failures} FAILURES` : ""}`);
    }
  }
  return new Map(
    targets.map((t) => {
      const rs = rounds.get(t.name)!;
      return [
        t.name,
        {
          target: t,
          rounds: rs,
          medianRps: median(rs.map((x) => x.rps)),
          medianP50: median(rs.map((x) => x.p50)),
          medianP99: median(rs.map((x) => x.p99)),
          medianCpuMs: median(rs.map((x) => x.cpuMs)),
          failures: rs.reduce((n, x) => n + x.failures, 0),
        },
      ];
    }),
  );
}

/** Median over rounds of a.rps / b.rps (each round's pair ran back to back). */
export const throughputRatio = (a: Series, b: Series) => medianRatio(a.rounds.map((x) => x.rps), b.rounds.map((x) => x.rps));
/** Median over rounds of b's CPU per request / a's: the throughput ratio a one-core server would reach. */
export const cpuRatio = (a: Series, b: Series) => medianRatio(b.rounds.map((x) => x.cpuMs), a.rounds.map((x) => x.cpuMs));
/** Median over rounds of a.p50 − b.p50, in ms. */
export const addedP50 = (a: Series, b: Series) => median(a.rounds.map((x, i) => x.p50 - b.rounds[i]!.p50));

/** One request, checked: the benchmark must not measure error answers. */
export async function probe(target: Target): Promise<unknown> {
  const response = await fetch(target.url, { method: target.method ?? "POST", headers: target.headers, body: target.body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${target.name}: HTTP ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}
