import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** What a bench server child prints once it listens: `READY {"port":…,"pid":…,…}`. */
export interface ReadyInfo {
  port: number;
  pid: number;
  [key: string]: unknown;
}

export interface ServerChild {
  info: ReadyInfo;
  url: string;
  process: ChildProcess;
  /** Peak resident set size so far (VmHWM of the server's own process), in kB. */
  peakRssKb(): number | null;
  /** Sends a command the child registered (see `announceReady`) and returns its answer. */
  ask<T = unknown>(command: string, args?: Record<string, unknown>): Promise<T>;
  /** Closes the child's stdin (it then shuts down and cleans up) and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Runs `bench/servers/<name>.ts` (through tsx) as a separate process so the load generator and the
 * server under test do not share an event loop. The child owns its cleanup: it exits when its stdin
 * closes, so it also goes away when the bench dies.
 */
export async function startServerChild(
  script: string,
  options: { env?: Record<string, string | undefined>; nodeArgs?: string[]; timeoutMs?: number } = {},
): Promise<ServerChild> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), "--import", "tsx", path.join(ROOT, script)], {
    cwd: ROOT,
    env: definedOnly({ ...process.env, NODE_ENV: "production", ...options.env }),
    stdio: ["pipe", "pipe", "pipe", "ipc"],
  });
  const info = await waitForReady(child, options.timeoutMs ?? 60_000);
  return {
    info,
    url: `http://127.0.0.1:${info.port}`,
    process: child,
    peakRssKb: () => vmHwmKb(info.pid),
    ask: (command, args) => ask(child, command, args),
    stop: () => stopChild(child, () => child.stdin!.end()),
  };
}

/** An environment without the variables set to undefined (so a child can be told "unset"). */
export function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<ReadyInfo> {
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => void (stderr = (stderr + d.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`bench server did not start within ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`bench server exited (${code}) before it was ready\n${stderr}`));
    });
    child.stdout!.on("data", (d: Buffer) => {
      stdout += d.toString();
      const line = stdout.split("\n").find((l) => l.startsWith("READY "));
      if (!line) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve(JSON.parse(line.slice(6)) as ReadyInfo);
    });
  });
}

let nextAsk = 0;
function ask<T>(child: ChildProcess, command: string, args: Record<string, unknown> = {}): Promise<T> {
  const id = ++nextAsk;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`bench server did not answer ${command} within 10 s`)), 10_000);
    const onMessage = (m: { id?: number; result?: T; error?: string }) => {
      if (m?.id !== id) return;
      if (m.error !== undefined) done(new Error(`${command}: ${m.error}`));
      else done(null, m.result as T);
    };
    const done = (error: Error | null, result?: T) => {
      clearTimeout(timer);
      child.off("message", onMessage);
      if (error) reject(error);
      else resolve(result as T);
    };
    child.on("message", onMessage);
    child.send({ id, command, args });
  });
}

/** Asks a child to stop, and kills it after 15 s if it does not. */
export function stopChild(child: ChildProcess, ask: () => void): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    ask();
  });
}

/** VmHWM (peak RSS) of a live process from /proc, in kB; null when unavailable. */
export function vmHwmKb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** A free TCP port on 127.0.0.1 (for programs that must be told their port up front). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type Commands = Record<string, (args: Record<string, unknown>) => unknown>;

/**
 * The server children's side of the protocol: announce readiness, answer `commands` sent with
 * `ServerChild.ask` (over the IPC channel, when there is one), and run `cleanup` when stdin closes.
 */
export function announceReady(info: Omit<ReadyInfo, "pid">, cleanup: () => Promise<void>, commands: Commands = {}): void {
  process.on("message", (m: { id: number; command: string; args: Record<string, unknown> }) => {
    const handler = commands[m.command];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown command ${m.command}`);
        return handler(m.args);
      })
      .then(
        (result) => process.send?.({ id: m.id, result }),
        (error: Error) => process.send?.({ id: m.id, error: error.message }),
      );
  });
  process.stdout.write(`READY ${JSON.stringify({ ...info, pid: process.pid })}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    process.channel?.unref();
    cleanup().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.stdin.on("end", stop);
  process.stdin.on("error", stop);
  process.stdin.resume();
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
