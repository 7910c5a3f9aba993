/** Small, dependency-free statistics for benchmark rounds. */

export function median(values: number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100); NaN for no values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Per-round ratios a[i] / b[i] (rounds measured back to back), then their median: robust to drift. */
export function medianRatio(a: number[], b: number[]): number {
  return median(a.map((x, i) => x / b[i]!));
}

export const fmt = {
  rps: (v: number) => `${Math.round(v).toLocaleString("en-US")} req/s`,
  ms: (v: number) => (v < 10 ? `${v.toFixed(2)} ms` : `${Math.round(v)} ms`),
  mb: (kb: number) => `${(kb / 1024).toFixed(0)} MB`,
  pct: (v: number) => `${Math.round(v * 100)} %`,
  x: (v: number) => `${v.toFixed(2)}×`,
};
