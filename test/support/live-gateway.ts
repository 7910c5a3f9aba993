import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp, type App } from "../../src/app.js";
import { loadConfig, type Config } from "../../src/config.js";
import { createDb } from "../../src/db/client.js";
import { FakeGithub } from "../fakes/github.js";
import { FakeGoogle } from "../fakes/google.js";
import { FakeSupabase } from "../fakes/supabase.js";
import { createTestDatabase, type TestDatabase } from "./database.js";
import { baseEnv, collectingLogger, signTestToken } from "./gateway.js";

/**
 * The gateway listening on 127.0.0.1 (a random port) for a real browser: PUBLIC_URL is that
 * address, so the page's own origin is the allowed returnTo, and the fakes accept its callback URLs.
 * Only end-to-end tests open a port; everything else uses startTestGateway() in-process.
 */
export interface LiveGateway {
  /** http://127.0.0.1:<port>, no trailing slash. */
  url: string;
  app: App;
  config: Config;
  db: TestDatabase;
  google: FakeGoogle;
  github: FakeGithub;
  supabase: FakeSupabase;
  /** Every log line the gateway wrote (JSON strings). */
  logs: string[];
  tokenFor(userId: string): Promise<string>;
  close(): Promise<void>;
}

export async function startLiveGateway(options: { env?: Record<string, string> } = {}): Promise<LiveGateway> {
  // Listen first: the configuration needs the port.
  let handler: Parameters<typeof createServer>[1] = (_req, res) => res.writeHead(503).end();
  const server: Server = createServer((req, res) => handler!(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const db = await createTestDatabase();
  const google = await new FakeGoogle({ redirectUris: [`${url}/v1/integrations/google/callback`] }).start();
  const github = await new FakeGithub({ callbackUrl: `${url}/v1/integrations/github/callback` }).start();
  const supabase = await new FakeSupabase().start();
  const config = loadConfig({ ...baseEnv(db, { google, github, supabase }), PUBLIC_URL: url, ALLOWED_RETURN_ORIGINS: url, ...options.env });
  const logs: string[] = [];
  const app = createApp({ config, db: createDb(config.databaseUrl), logger: collectingLogger(config.logLevel, logs) });
  handler = app.nodeHandler;

  return {
    url,
    app,
    config,
    db,
    google,
    github,
    supabase,
    logs,
    tokenFor: (userId) => signTestToken(userId),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
      await Promise.all([google.close(), github.close(), supabase.close()]);
      await db.drop();
    },
  };
}
