import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { Session } from "node:inspector/promises";
import { startTestGateway } from "../../test/support/gateway.js";
import type { FakeRequest } from "../../test/fakes/server.js";
import { announceReady } from "../lib/child.js";
import { BENCH_USER, seedFiveConnections } from "../lib/seed.js";
import { applyScenario } from "./scenarios.js";

/**
 * The real gateway (createApp) on node:http, 127.0.0.1, over a scratch database of the kind
 * DATABASE_URL names (unset: a temporary SQLite file; postgresql://…: a new database on that
 * server, dropped on exit), with the upstream fakes in this process and BENCH_USER seeded with five
 * connections. Prints `READY {port, token, …}`; exits when stdin closes.
 *
 * Commands (ServerChild.ask) let the bench look at the upstream side: what the fakes saw, GitHub's
 * rate limit, and a connection's current access token (to call a fake directly, as the gateway does).
 */
const gw = await startTestGateway({ env: { LOG_LEVEL: "warn" } });
const fakes = { google: gw.google, github: gw.github, supabase: gw.supabase };
type FakeName = keyof typeof fakes;
const describeCall = (c: FakeRequest | undefined) => c && { method: c.method, url: c.url.toString(), headers: c.headers };
const { seeded, scenario } = await (async () => {
  try {
    const seeded = await seedFiveConnections(gw);
    return { seeded, scenario: await applyScenario(gw, process.env.BENCH_SCENARIO, seeded) };
  } catch (error) {
    await gw.close(); // drops the scratch database
    throw error;
  }
})();
const server = createServer(gw.app.nodeHandler);
let profiler: Session | undefined;
server.keepAliveTimeout = 65_000;
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

announceReady(
  {
    port: (server.address() as { port: number }).port,
    database: gw.db.kind,
    token: await gw.tokenFor(BENCH_USER),
    ...seeded,
    ...scenario,
    upstream: { google: gw.google.url, github: gw.github.url, supabase: gw.supabase.url },
  },
  async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await gw.close();
  },
  {
    /** How many requests a fake has seen, and the last one (method, URL, headers). */
    upstream: ({ fake }) => {
      const calls = fakes[fake as FakeName].server.calls;
      return { calls: calls.length, last: describeCall(calls.at(-1)) };
    },
    githubRateLimit: () => ({ ...gw.github.rateLimit }),
    /** V8's CPU profiler (what `node --cpu-prof` uses), over a window of steady load only. */
    profileStart: async () => {
      profiler ??= new Session();
      profiler.connect();
      await profiler.post("Profiler.enable");
      await profiler.post("Profiler.start");
      return true;
    },
    /** V8's sampling heap profiler: where the bytes are allocated (sampled every 32 kB). */
    allocationsStart: async () => {
      profiler ??= new Session();
      profiler.connect();
      await profiler.post("HeapProfiler.enable");
      await profiler.post("HeapProfiler.startSampling", { samplingInterval: 32_768, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
      return true;
    },
    allocationsStop: async ({ file }) => {
      const { profile } = await profiler!.post("HeapProfiler.stopSampling");
      profiler!.disconnect();
      writeFileSync(String(file), JSON.stringify(profile));
      return file;
    },
    profileStop: async ({ file }) => {
      const { profile } = await profiler!.post("Profiler.stop");
      profiler!.disconnect();
      writeFileSync(String(file), JSON.stringify(profile));
      return file;
    },
    /** The decrypted access token of one of the seeded connections (the fakes' tokens, nothing real). */
    accessToken: async ({ connectionId }) => {
      const row = await gw.app.deps.db.integrationConnection.findUniqueOrThrow({ where: { id: String(connectionId) } });
      return gw.app.deps.cipher.decrypt(row.accessToken);
    },
  },
);
