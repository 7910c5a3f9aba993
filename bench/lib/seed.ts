import { connectApiKey } from "../../src/services/connections.js";
import { makeProject } from "../../test/fakes/supabase.js";
import { connectThroughBrowser } from "../../test/support/flows.js";
import type { TestGateway } from "../../test/support/gateway.js";

export const BENCH_USER = "bench-user";

/** The query benchmark (2) sends, to the gateway and to the bare server alike. */
export const CONNECTIONS_QUERY = "query BenchConnections { connections { id provider authType accountLabel scopes status expiresAt createdAt } }";

/**
 * Gives `userId` five connections through the real flows (OAuth redirect dance against the fakes,
 * API key verification): two Google accounts, two GitHub accounts, one Supabase key. Returns the
 * local ids of the first Google connection (Drive scope, with a refresh token) and the first GitHub one.
 */
export async function seedFiveConnections(gw: TestGateway, userId = BENCH_USER): Promise<{ googleConnectionId: string; githubConnectionId: string }> {
  await connectThroughBrowser(gw, userId, { provider: "GOOGLE", scopes: ["https://www.googleapis.com/auth/drive.readonly"] });
  gw.google.account = { sub: "110000000000000000002", email: "grace@example.com", name: "Grace" };
  await connectThroughBrowser(gw, userId, { provider: "GOOGLE", scopes: ["https://www.googleapis.com/auth/spreadsheets.readonly"] });
  await connectThroughBrowser(gw, userId, { provider: "GITHUB", scopes: ["repo"] });
  gw.github.user = { id: 9919, login: "hubot", name: "Hubot" };
  await connectThroughBrowser(gw, userId, { provider: "GITHUB", scopes: ["read:user"] });
  const pat = "sbp_bench0000000000000000000000000000000000";
  gw.supabase.addToken(pat, { user: "bench", projects: [makeProject("benchbenchbenchbench", "Bench")], organizations: [] });
  await connectApiKey(gw.app.deps, { userId, provider: "supabase", key: pat });

  const rows = await gw.app.deps.db.integrationConnection.findMany({ where: { userId } });
  if (rows.length !== 5) throw new Error(`seeding made ${rows.length} connections, expected 5`);
  const google = rows.find((r) => r.provider === "google" && r.accountLabel === "ada@example.com" && r.refreshToken);
  const github = rows.find((r) => r.provider === "github" && r.accountLabel === "octocat");
  if (!google || !github) throw new Error("seeding made no Google connection with a refresh token, or no GitHub one");
  return { googleConnectionId: google.id, githubConnectionId: github.id };
}
