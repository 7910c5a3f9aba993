import os from "node:os";

/** One line of the results table: a figure beside its baseline and its target. */
export interface Row {
  /** Benchmark number and name from issue 6, e.g. "2 GraphQL ceiling". */
  bench: string;
  figure: string;
  gateway: string;
  baseline: string;
  /** Gateway vs baseline, as the target states it. */
  ratio: string;
  target: string;
  /** true met, false missed, null no target / informational, "pending" not measurable yet. */
  status: boolean | null | "pending";
  note?: string;
}

export function pendingRow(bench: string, figure: string, target: string, needs: string): Row {
  return { bench, figure, gateway: `pending (${needs})`, baseline: "—", ratio: "—", target, status: "pending" };
}

const statusText = (s: Row["status"]) => (s === "pending" ? "pending" : s === null ? "" : s ? "met" : "MISSED");

export function markdownTable(rows: Row[]): string {
  const head = ["#", "Figure", "Gateway", "Baseline", "Ratio", "Target", "Status"];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const r of rows) lines.push(`| ${[r.bench, r.figure, r.gateway, r.baseline, r.ratio, r.target, statusText(r.status)].join(" | ")} |`);
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.bench} · ${r.figure}: ${r.note}`);
  return lines.join("\n") + (notes.length ? `\n\n${notes.join("\n")}` : "");
}

/** The same table with padded columns, for the terminal. */
export function textTable(rows: Row[]): string {
  const cells = [["#", "Figure", "Gateway", "Baseline", "Ratio", "Target", "Status"], ...rows.map((r) => [r.bench, r.figure, r.gateway, r.baseline, r.ratio, r.target, statusText(r.status)])];
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i]!)).join("  ");
  const notes = rows.filter((r) => r.note).map((r) => `  ${r.bench} · ${r.figure}: ${r.note}`);
  return [line(cells[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line), ...(notes.length ? ["", "Notes:", ...notes] : [])].join("\n");
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  return `${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}
