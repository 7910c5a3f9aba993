import { graphql } from "../../src/gql/index.js";
import { FRONTEND, type TestGateway } from "./gateway.js";

export const StartOAuth = graphql(`
  mutation StartOAuth($input: StartOAuthInput!) {
    startOAuth(input: $input) { authorizationUrl provider scopes }
  }
`);

/** Runs startOAuth as `userId` and returns the authorization URL (throws on a GraphQL error). */
export async function authorizationUrl(gw: TestGateway, userId: string, input: { provider: "GOOGLE" | "GITHUB"; scopes?: string[]; tools?: string[]; returnTo?: string; connectionId?: string }) {
  const result = await gw.gql(StartOAuth, { input: { returnTo: `${FRONTEND}/connected`, ...input } }, { as: userId });
  if (!result.data) throw new Error(`startOAuth failed: ${JSON.stringify(result.errors)}`);
  return result.data.startOAuth.authorizationUrl;
}

/** The whole browser round trip; returns where the browser landed (on the frontend) as URL. */
export async function connectThroughBrowser(gw: TestGateway, userId: string, input: Parameters<typeof authorizationUrl>[2]) {
  const url = await authorizationUrl(gw, userId, input);
  const browser = gw.browser();
  const landing = await browser.visit(url);
  return { landing: landing.url, hops: landing.hops, browser };
}
