import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { connect, createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

/**
 * The real start command (`npm start`; CI also runs this file with GW_START_SCRIPT=start:prod after
 * `npm run build`), spawned as a user would, stopped with SIGTERM to the PID that was started.
 */
const SCRIPT = process.env.GW_START_SCRIPT ?? "start";
const ROOT = path.resolve(import.meta.dirname, "../..");

interface Started {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
  dir: string;
}
const started: Started[] = [];
afterEach(() => {
  for (const s of started.splice(0)) {
    if (s.child.exitCode === null) s.child.kill("SIGKILL");
    rmSync(s.dir, { recursive: true, force: true });
  }
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitFor(check: () => boolean, what: string, output: () => string, ms = 60_000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; output:\n${output()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function start(env: Record<string, string> = {}): Promise<Started> {
  const dir = mkdtempSync(path.join(tmpdir(), "gw-shutdown-"));
  const port = await freePort();
  const child = spawn("npm", ["run", "-s", SCRIPT], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      // Production needs an https PUBLIC_URL (redirects, Secure cookies); nothing is fetched from it here.
      PUBLIC_URL: "https://gateway.example.com",
      DATABASE_URL: `file:${path.join(dir, "gateway.db")}`,
      AUTH_JWT_SECRET: "shutdown-test-jwt-secret-at-least-32-chars",
      OAUTH_STATE_SECRET: "shutdown-test-state-secret-at-least-32-chars",
      TOKEN_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`,
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const s = { child, port, output: () => out, exited, dir };
  started.push(s);
  await waitFor(() => out.includes('"gateway listening"'), "the gateway to listen", s.output);
  return s;
}

/** Sends a POST /graphql whose body arrives in two parts, so the request is in flight in between. */
function slowRequest(port: number) {
  const body = JSON.stringify({ query: "query Providers { integrationProviders { id } }" });
  const socket: Socket = connect(port, "127.0.0.1");
  let response = "";
  socket.on("data", (d) => (response += d));
  const done = new Promise<string>((resolve, reject) => {
    socket.on("end", () => resolve(response));
    socket.on("close", () => resolve(response));
    socket.on("error", reject);
  });
  socket.write(`POST /graphql HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, 10)}`);
  return { finish: () => socket.write(body.slice(10)), done, response: () => response };
}

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(false)));
    s.once("error", () => resolve(true));
  });

/** The process npm started for the script (its only child), from /proc. */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe(`npm run ${SCRIPT}`, () => {
  it("is one server process under npm, and SIGTERM to the started PID lets an in-flight request finish, then nothing is left", async () => {
    const s = await start({ SHUTDOWN_TIMEOUT_MS: "8000" });
    // npm runs the script's shell, which `exec`s node: one process below npm, no tsx or sh in between.
    const servers = childrenOf(s.child.pid!);
    expect(servers).toHaveLength(1);
    expect(childrenOf(servers[0]!)).toEqual([]);
    expect(readFileSync(`/proc/${servers[0]}/cmdline`, "utf8").split("\0")[0]).toMatch(/node$/);

    const request = slowRequest(s.port);
    await new Promise((r) => setTimeout(r, 200));
    s.child.kill("SIGTERM");
    await waitFor(() => s.output().includes("shutting down"), "the shutdown log line", s.output);
    expect(s.output()).toMatch(/"inFlight":1,"deadlineMs":8000/);
    // No new connections while draining.
    expect(await refused(s.port)).toBe(true);

    request.finish();
    const response = await request.done;
    expect(response).toMatch(/^HTTP\/1\.1 200 /);
    expect(response).toContain('"integrationProviders"');

    expect(await s.exited).toBe(0);
    expect(s.output()).toMatch(/"drained":true,"msg":"stopped"/);
    expect(alive(servers[0]!)).toBe(false);
    expect(await refused(s.port)).toBe(true);
  }, 120_000); // npm + tsx start-up takes a while on a loaded machine

  it("gives up on a request that outlives SHUTDOWN_TIMEOUT_MS, says so, and still exits", async () => {
    const s = await start({ SHUTDOWN_TIMEOUT_MS: "400" });
    const servers = childrenOf(s.child.pid!);
    const request = slowRequest(s.port); // never finished
    await new Promise((r) => setTimeout(r, 200));
    const signalled = Date.now();
    s.child.kill("SIGTERM");
    expect(await s.exited).not.toBe(0);
    expect(Date.now() - signalled).toBeLessThan(5000);
    expect(s.output()).toMatch(/"deadlineMs":400,"msg":"shutdown deadline passed/);
    await request.done;
    expect(alive(servers[0]!)).toBe(false);
    expect(await refused(s.port)).toBe(true);
  }, 120_000);
});
