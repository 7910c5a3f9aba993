/**
 * The page: sign in with a development token, list connections, connect (OAuth round trip or API
 * key), reconnect, disconnect. Every call goes through `request()` with a document from documents.ts.
 *
 * The token comes from the sign-in form or from `#token=…` in the URL (a fragment never reaches a
 * server or a log); either way it is kept in localStorage until "Sign out".
 */
import type { IntegrationProvider, PageDataQuery } from "../gql/graphql.js";
import { forgetToken, GatewayError, readToken, request, saveToken } from "./api.js";
import { renderConnections, renderProviders, DEFAULT_SCOPES, type Connection } from "./connections.js";
import { PageConnectSupabase, PageData, PageDisconnect, PageStartOAuth } from "./documents.js";
import { byId, h } from "./dom.js";
import { describeError, describeOutcome, providerName, takeOAuthOutcome, type OAuthOutcome } from "./messages.js";
import { clearNotices, notify } from "./notices.js";

let data: PageDataQuery | null = null;
let providersRendered = false;

/** Sends the browser through the provider and back here; the callback appends the outcome to this URL. */
async function startOAuth(provider: IntegrationProvider, scopes: string[], connectionId?: string) {
  clearNotices();
  try {
    const returnTo = `${location.origin}${location.pathname}`;
    const { startOAuth } = await request(PageStartOAuth, { input: { provider, scopes, returnTo, connectionId } });
    location.assign(startOAuth.authorizationUrl);
  } catch (error) {
    notify(describeError(error, errorHandlers));
  }
}

const errorHandlers = {
  reconnect: (connectionId: string, provider: string, scopes: string[]) => startOAuth(provider.toUpperCase() as IntegrationProvider, scopes, connectionId),
  signIn: () => signOut(),
  retry: () => load(),
};

async function connectWithKey(provider: IntegrationProvider, key: string, label: string): Promise<string | null> {
  if (provider !== "SUPABASE") return `${providerName(provider)} does not connect with a key.`;
  clearNotices();
  try {
    const { connectSupabase } = await request(PageConnectSupabase, { input: { accessToken: key, label: label.trim() || null } });
    await load(connectSupabase.connection.id);
    notify({ kind: "success", text: `Connected Supabase: ${connectSupabase.connection.accountLabel}.` });
    return null;
  } catch (error) {
    return describeError(error, errorHandlers).text;
  }
}

async function disconnect(connection: Connection) {
  clearNotices();
  try {
    const { disconnect } = await request(PageDisconnect, { connectionId: connection.id });
    await load();
    const name = providerName(disconnect.provider);
    const revoked = disconnect.revoked ? ` Access was revoked at ${name}.` : ` ${disconnect.revocationError ?? ""}`;
    notify({ kind: disconnect.revoked ? "success" : "info", text: `Disconnected ${name}: ${connection.accountLabel}.${revoked}`.trim() });
    byId("connections-title").focus();
  } catch (error) {
    notify(describeError(error, errorHandlers));
  }
}

/** Loads everything the page shows; `highlightId` marks a connection that just arrived. */
async function load(highlightId?: string) {
  if (!readToken()) return showSignIn();
  try {
    data = await request(PageData);
  } catch (error) {
    if (error instanceof GatewayError && error.code === "UNAUTHENTICATED") forgetToken();
    if (!readToken()) showSignIn();
    notify(describeError(error, errorHandlers));
    return;
  }
  byId("sign-in").hidden = true;
  const who = byId("signed-in");
  who.replaceChildren(`Signed in as ${data.viewer.id} `, h("button", { type: "button", class: "link", onclick: signOut }, "Sign out"));
  who.hidden = false;
  byId("connections").hidden = false;
  byId("connect").hidden = false;
  renderConnections(byId("connection-list"), data.connections, {
    reconnect: (c) => startOAuth(c.provider, [], c.id),
    disconnect,
  }, highlightId);
  if (!providersRendered) {
    renderProviders(byId("provider-list"), data.integrationProviders, { connectOAuth: (p, scopes) => startOAuth(p, scopes), connectWithKey });
    providersRendered = true;
  }
}

function showSignIn() {
  data = null;
  for (const id of ["connections", "connect", "signed-in"]) byId(id).hidden = true;
  byId("sign-in").hidden = false;
  byId<HTMLInputElement>("token-input").focus();
}

function signOut() {
  forgetToken();
  clearNotices();
  showSignIn();
}

/** `#token=…` signs in and is then removed from the address bar. */
function absorbTokenFromFragment() {
  const token = new URLSearchParams(location.hash.slice(1)).get("token");
  if (!token) return;
  saveToken(token);
  history.replaceState(null, "", location.pathname + location.search);
}

async function showOutcome(outcome: OAuthOutcome) {
  await load(outcome.connectionId);
  const account = data?.connections.find((c) => c.id === outcome.connectionId)?.accountLabel;
  const provider = outcome.provider.toUpperCase() as IntegrationProvider;
  const again = () => startOAuth(provider, (DEFAULT_SCOPES[provider] ?? "").split(" ").filter(Boolean));
  notify(describeOutcome(outcome, account, again));
}

function main() {
  byId("sign-in-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = byId<HTMLInputElement>("token-input");
    saveToken(input.value);
    input.value = "";
    clearNotices();
    void load();
  });
  byId("connections-title").tabIndex = -1;
  absorbTokenFromFragment();
  const outcome = takeOAuthOutcome(location, history);
  void (outcome ? showOutcome(outcome) : load());
}

main();
