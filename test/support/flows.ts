import { graphql } from "../../src/gql/index.js";
import { FRONTEND, type GraphQLResult, type TestGateway } from "./gateway.js";

export const StartOAuth = graphql(`
  mutation StartOAuth($input: StartOAuthInput!) {
    startOAuth(input: $input) { authorizationUrl provider scopes }
  }
`);

export const CompleteOAuth = graphql(`
  mutation CompleteOAuth($code: String!) {
    completeOAuth(code: $code) { accountChanged provider connection { id accountId accountLabel scopes status } }
  }
`);

export type CompleteOAuthResult = GraphQLResult<{
  completeOAuth: { accountChanged: boolean; provider: string; connection: { id: string; accountId: string; accountLabel: string; scopes: string[]; status: string } };
}>;

/** Runs startOAuth as `userId` and returns the authorization URL (throws on a GraphQL error). */
export async function authorizationUrl(gw: TestGateway, userId: string, input: { provider?: "GOOGLE" | "GITHUB"; scopes?: string[]; tools?: string[]; returnTo?: string; connectionId?: string }) {
  const result = await gw.gql(StartOAuth, { input: { returnTo: `${FRONTEND}/connected`, ...input } }, { as: userId });
  if (!result.data) throw new Error(`startOAuth failed: ${JSON.stringify(result.errors)}`);
  return result.data.startOAuth.authorizationUrl;
}

/**
 * What the application's page does when the browser lands on returnTo: with `completion_code`, it
 * calls completeOAuth as `userId`. Returns the mutation's answer and the outcome as a URL in the
 * shape the callback itself used to redirect to (`status=connected&provider&connection_id`
 * [`&account_changed=true`], or the callback's / the mutation's `status=error&error=…`), so tests
 * read one shape whichever step decided.
 */
export async function finishFlow(gw: TestGateway, userId: string, redirect: URL): Promise<{ outcome: URL; completion?: CompleteOAuthResult }> {
  const outcome = new URL(redirect);
  const code = redirect.searchParams.get("completion_code");
  for (const name of ["status", "completion_code"]) outcome.searchParams.delete(name);
  if (!code) return { outcome: redirect };
  const completion = (await gw.gql(CompleteOAuth, { code }, { as: userId })) as CompleteOAuthResult;
  const done = completion.data?.completeOAuth;
  if (done) {
    outcome.searchParams.set("status", "connected");
    outcome.searchParams.set("connection_id", done.connection.id);
    if (done.accountChanged) outcome.searchParams.set("account_changed", "true");
  } else {
    outcome.searchParams.set("status", "error");
    outcome.searchParams.set("error", String(completion.errors?.[0]?.extensions?.code ?? "completion_failed"));
  }
  return { outcome, completion };
}

/**
 * The whole browser round trip plus the page's completeOAuth call as `userId`. `landing` is the
 * outcome (see finishFlow); `redirect` is where the browser really landed (with `completion_code`).
 */
export async function connectThroughBrowser(gw: TestGateway, userId: string, input: Parameters<typeof authorizationUrl>[2]) {
  const url = await authorizationUrl(gw, userId, input);
  const browser = gw.browser();
  const landing = await browser.visit(url);
  const { outcome, completion } = await finishFlow(gw, userId, landing.url);
  return { landing: outcome, redirect: landing.url, hops: landing.hops, browser, completion };
}
