import { expect } from "vitest";
import type { App } from "../../src/app.js";
import { graphql } from "../../src/gql/index.js";
import { decodeGlobalId } from "../../src/ids.js";
import { connectThroughBrowser } from "./flows.js";
import { PUBLIC_URL, type GraphQLResult, type TestGateway } from "./gateway.js";

export const ResolveCredential = graphql(`
  query ResolveCredential($userId: ID!, $connectionId: ID!, $tool: String!, $returnTo: String) {
    resolveCredential(userId: $userId, connectionId: $connectionId, tool: $tool, returnTo: $returnTo) {
      connectionId provider accountId accessToken tokenType expiresAt scopes
    }
  }
`);

export type ResolveResult = GraphQLResult<{ resolveCredential: { accessToken: string; expiresAt?: string | null; scopes: string[]; connectionId: string } }>;

/** A tool runner's service token (verified apart from user tokens). */
export const serviceToken = (gw: TestGateway) => gw.serviceTokenFor("tool-runner");

/** resolveCredential as a service, against any app instance (the gateway or a sibling). */
export async function resolveOn(app: App, token: string, variables: { userId: string; connectionId: string; tool: string; returnTo?: string }): Promise<ResolveResult> {
  const response = await app.fetch(
    new Request(`${PUBLIC_URL}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: ResolveCredential.toString(), variables }),
    }),
  );
  return response.json() as Promise<ResolveResult>;
}

/** Connects an account through the browser; returns the connection's global and database ids. */
export async function connect(gw: TestGateway, userId: string, input: Parameters<typeof connectThroughBrowser>[2]) {
  const { landing } = await connectThroughBrowser(gw, userId, input);
  const id = landing.searchParams.get("connection_id");
  if (!id) throw new Error(`connecting failed: ${landing.toString()}`);
  return { id, dbId: decodeGlobalId(id)!.id };
}

/** Makes the stored access token look expired (or expiring in `inMs`) to the gateway. */
export async function expireStored(gw: TestGateway, dbId: string, inMs = -1000) {
  await gw.app.deps.db.integrationConnection.update({ where: { id: dbId }, data: { expiresAt: new Date(gw.clock.now().getTime() + inMs) } });
}

/** Every plaintext token the fakes ever issued. */
/** Fails when any token a fake issued appears in the gateway's logs (after a file's worth of traffic). */
export function expectNoIssuedTokenInLogs(gw: TestGateway): void {
  const tokens = issuedTokens(gw);
  expect(tokens.length).toBeGreaterThan(10);
  const log = gw.logs.join("\n");
  expect(log).toContain("access token refreshed");
  for (const token of tokens) expect(log).not.toContain(token);
}

export function issuedTokens(gw: TestGateway): string[] {
  return [...gw.google.accessTokens.keys(), ...gw.google.refreshTokens.keys(), ...gw.github.tokens.keys(), ...gw.github.refreshTokens.keys()];
}

/** Waits until `condition` holds (an observable state, not a duration); fails after ~10 s. */
export async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
