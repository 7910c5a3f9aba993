import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./child.js";

/** Knobs shared by the suites; `--quick` shrinks every loop (for trying the harness, not for numbers). */
export interface Settings {
  quick: boolean;
  /** Measured rounds per figure (medians are taken over these). */
  rounds: number;
  /** Seconds per load round, and per warm-up. */
  seconds: number;
  warmupSeconds: number;
  /** PostgreSQL server for the PostgreSQL variants (a scratch database is created there); null to skip. */
  postgresUrl: string | null;
  /** How (3) resolves credentials: "auto" uses GraphQL `resolveCredential` once the schema has it. */
  refreshVia: "auto" | "graphql" | "service";
  /** Extra node flags for the gateway children (e.g. --cpu-prof). */
  gatewayNodeArgs: string[];
  log: (line: string) => void;
}

export function settingsFromArgs(argv: string[]): Settings & { only: string[] | null } {
  const quick = argv.includes("--quick");
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const pg = flag("postgres") ?? process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  return {
    quick,
    rounds: Number(flag("rounds") ?? (quick ? 2 : 5)),
    seconds: Number(flag("seconds") ?? (quick ? 1 : 3)),
    warmupSeconds: quick ? 1 : 5,
    postgresUrl: pg === "none" ? null : pg,
    refreshVia: (flag("refresh-via") ?? "auto") as Settings["refreshVia"],
    gatewayNodeArgs: flag("gateway-node-args")?.split(" ").filter(Boolean) ?? [],
    only: flag("only")?.split(",") ?? null,
    log: (line) => process.stderr.write(line + "\n"),
  };
}

/** The node flags of `npm run start:prod` (package.json is the one place they are written). */
export function productionNodeFlags(): string[] {
  const script = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts["start:prod"] ?? "";
  // `exec` makes the shell npm runs become node: one process, which gets the signals.
  const words = script.replace(/^exec\s+/, "").split(/\s+/);
  if (words[0] !== "node" || words.at(-1) !== "dist/main.js") throw new Error(`start:prod should be "exec node [flags] dist/main.js", is "${script}"`);
  return words.slice(1, -1);
}
