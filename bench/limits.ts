import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { baseEnv, startTestGateway } from "../test/support/gateway.js";
import { seedResources } from "../test/support/seed.js";
import { connectGithub, connectGoogle } from "../test/support/resources.js";
import { definedOnly, freePort, ROOT, stopChild } from "./lib/child.js";
import { productionNodeFlags } from "./lib/settings.js";

/**
 * `npm run bench:limits [-- --skip-build]`: what one hostile request costs a real gateway process,
 * `npm start` (tsx) and `npm run start:prod` (compiled, capped heap), on loopback only:
 *  - an anonymous 10.8 MB body of `__typename` aliases: time to the answer, its status, and
 *    whether the process still answers afterwards;
 *  - 1,000 aliased `resources` fields (each a different search): upstream Drive calls;
 *  - a 4-level `children(first: 100)` walk from the GitHub repositories: upstream GitHub calls.
 * Upstreams are the test fakes in this process; the database a scratch SQLite file (or
 * DATABASE_URL's server). Each wait is bounded (60 s per request); prints one table.
 */
const ANSWER_TIMEOUT_MS = 60_000;
const skipBuild = process.argv.includes("--skip-build");

/** The document limits lifted, so the per-request upstream budget is what stops the fan-out. */
const LIFTED = { MAX_REQUEST_BODY_BYTES: "1000000", GRAPHQL_MAX_ALIASES: "5000", GRAPHQL_MAX_TOKENS: "100000", GRAPHQL_MAX_COST: "100000000", GRAPHQL_MAX_DEPTH: "30" };
const VARIANTS: { name: string; args: string[]; env?: Record<string, string> }[] = [
  { name: "npm start (tsx)", args: ["--import", "tsx", "src/main.ts"] },
  { name: `npm run start:prod (${productionNodeFlags().join(" ")})`, args: [...productionNodeFlags(), "dist/main.js"] },
  { name: "npm run start:prod, document limits lifted", args: [...productionNodeFlags(), "dist/main.js"], env: LIFTED },
];

/** `{ a0: __typename a1: __typename … }` of about `bytes` bytes. */
function typenameAliases(bytes: number): string {
  const parts: string[] = ["{"];
  let size = 1;
  for (let i = 0; size < bytes - 1; i++) {
    const part = ` a${i}:__typename`;
    parts.push(part);
    size += part.length;
  }
  parts.push("}");
  return JSON.stringify({ query: parts.join("") });
}

const manyResources = (n: number) =>
  `query Many($c: ID!) { ${Array.from({ length: n }, (_, i) => `r${i}: resources(connectionId: $c, type: GOOGLE_DRIVE_FILE, search: "q${i}", first: 1) { edges { node { id } } }`).join(" ")} }`;
const FOUR_LEVELS = `query Deep($c: ID!) { resources(connectionId: $c, type: GITHUB_FILE, first: 100) { edges { node { name
  children(first: 100) { edges { node { name children(first: 100) { edges { node { name children(first: 100) { edges { node { name } } } } } } } } } } } } }`;

interface Launched {
  url: string;
  child: ChildProcess;
  exited(): string | null;
  stop(): Promise<void>;
}

async function launch(args: string[], env: Record<string, string>): Promise<Launched> {
  const port = await freePort();
  const child = spawn(process.execPath, args, { cwd: ROOT, env: definedOnly({ ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" }), stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => void (stderr = (stderr + d.toString()).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`gateway exited (${child.exitCode}) before listening:\n${stderr}`);
    if (performance.now() > deadline) throw new Error(`gateway did not listen within 30 s:\n${stderr}`);
    try {
      if ((await fetch(`${url}/healthz`, { headers: { connection: "close" } })).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  return {
    url,
    child,
    exited: () => (child.exitCode !== null || child.signalCode !== null ? `exited (${child.exitCode ?? child.signalCode}): ${/FATAL ERROR[^\n]*|heap out of memory[^\n]*/.exec(stderr)?.[0] ?? stderr.split("\n").filter(Boolean).at(-1) ?? ""}` : null),
    stop: () => stopChild(child, () => child.kill("SIGTERM")),
  };
}

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", connection: "close", ...headers }, body, signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) });
    const text = await response.text();
    return { ms: performance.now() - started, status: response.status, text };
  } catch (error) {
    return { ms: performance.now() - started, status: 0, text: (error as Error).message };
  }
}

/**
 * POSTs a big body with node:http and times the answer's arrival (its status line), not the end of
 * our own upload: fetch (undici) reports an early answer only once it has sent the whole body.
 */
function postBig(url: string, body: Buffer, chunked: boolean): Promise<{ ms: number; status: number; text: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const { port } = new URL(url);
    const headers: Record<string, string | number> = { "content-type": "application/json", connection: "close", ...(chunked ? {} : { "content-length": body.length }) };
    const req = request({ host: "127.0.0.1", port, method: "POST", path: "/graphql", headers, timeout: ANSWER_TIMEOUT_MS }, (res) => {
      const ms = performance.now() - started;
      let text = "";
      res.on("data", (d: Buffer) => void (text += d.toString()));
      res.on("end", () => resolve({ ms, status: res.statusCode ?? 0, text }));
      res.on("error", () => resolve({ ms, status: res.statusCode ?? 0, text }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (error) => resolve({ ms: performance.now() - started, status: 0, text: error.message }));
    if (!chunked) return void req.end(body);
    // Chunked: 64 KiB at a time, as a streaming client sends it.
    let offset = 0;
    const write = () => {
      while (offset < body.length) {
        const chunk = body.subarray(offset, (offset += 65_536));
        if (!req.write(chunk)) return void req.once("drain", write);
      }
      req.end();
    };
    write();
  });
}

/** Whether `{ __typename }` is answered within 5 s. */
async function stillServing(url: string) {
  const answer = await Promise.race([post(url, JSON.stringify({ query: "{ __typename }" })), new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
  return !!answer && answer.status === 200 && answer.text.includes("Query");
}

const firstCode = (text: string) => {
  try {
    const body = JSON.parse(text) as { code?: string; errors?: { extensions?: { code?: string } }[] };
    return body.code ?? body.errors?.[0]?.extensions?.code ?? "-";
  } catch {
    return "-";
  }
};

if (!skipBuild) {
  const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "."], { cwd: ROOT, encoding: "utf8", timeout: 180_000 });
  if (result.status !== 0 || !existsSync(path.join(ROOT, "dist/main.js"))) throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
}

const gw = await startTestGateway({ env: { LOG_LEVEL: "warn" } });
const rows: string[][] = [];
try {
  seedResources(gw);
  const google = await connectGoogle(gw, "bench-limits");
  const github = await connectGithub(gw, "bench-limits");
  const token = await gw.tokenFor("bench-limits");
  // The child is a production process (GraphiQL, introspection off) over the same database and fakes.
  const env = { ...baseEnv(gw.db, gw), NODE_ENV: "production", PUBLIC_URL: "https://localhost:4555", LOG_LEVEL: "warn" };
  const big = Buffer.from(typenameAliases(10.8 * 1024 * 1024));
  for (const v of VARIANTS) {
    const run = await launch(v.args, { ...env, ...v.env });
    try {
      let alive = true;
      for (const chunked of [false, true]) {
        const attack = await postBig(run.url, big, chunked);
        alive = !run.exited() && (await stillServing(run.url));
        if (!alive) await new Promise((r) => setTimeout(r, 2000)); // let a dying process finish dying, to say why
        const what = `10.8 MB \`__typename\` aliases, anonymous, ${chunked ? "chunked" : "Content-Length"}`;
        rows.push([v.name, what, `${attack.status || "no answer"} ${firstCode(attack.text)} in ${Math.round(attack.ms)} ms`, alive ? "keeps serving" : `DOWN: ${run.exited() ?? "no answer to { __typename } within 5 s"}`]);
        if (!alive) break;
      }
      if (!alive) continue;
      const auth = { authorization: `Bearer ${token}` };
      let before = gw.google.server.calls.length;
      const many = await post(run.url, JSON.stringify({ query: manyResources(1000), variables: { c: google } }), auth);
      rows.push([v.name, "1,000 aliased `resources` (Drive)", `${many.status} ${firstCode(many.text)} in ${Math.round(many.ms)} ms`, `${gw.google.server.calls.length - before} Drive calls`]);
      before = gw.github.server.calls.length;
      const deep = await post(run.url, JSON.stringify({ query: FOUR_LEVELS, variables: { c: github } }), auth);
      rows.push([v.name, "4-level `children(first: 100)` (GitHub)", `${deep.status} ${firstCode(deep.text)} in ${Math.round(deep.ms)} ms`, `${gw.github.server.calls.length - before} GitHub calls`]);
    } finally {
      await run.stop();
    }
  }
} finally {
  await gw.close();
}
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 8));
console.log(`\n${rows.map((r) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`).join("\n")}\n`);
