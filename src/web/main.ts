/**
 * The page: sign in with a development token, list connections, connect (OAuth round trip or API
 * key), reconnect, disconnect, and pick resources (picker.ts). Every call goes through `request()` with a document from documents.ts.
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
import { mountPicker, type Picker } from "./picker.js";

let data: PageDataQuery | null = null;
let providersRendered = false;
let picker: Picker | null = null;

/** What startOAuth takes: a provider for a new connection, or a connectionId to re-authorize (incrementally). */
interface OAuthRequest {
  provider?: IntegrationProvider;
  connectionId?: string;
  scopes?: string[];
  /** Ask for what these tools need (the gateway works out the scopes). */
  tools?: string[];
}

/** Sends the browser through the provider and back here; the callback appends the outcome to this URL. */
async function startOAuth(input: OAuthRequest) {
  clearNotices();
  try {
    const returnTo = `${location.origin}${location.pathname}`;
    const { startOAuth } = await request(PageStartOAuth, { input: { ...input, returnTo } });
    location.assign(startOAuth.authorizationUrl);
  } catch (error) {
    notify(describeError(error, errorHandlers));
  }
}

const errorHandlers = {
  reconnect: (connectionId: string, _provider: string, scopes: string[]) => startOAuth({ connectionId, scopes }),
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
  who.replaceChildren(`Signed in as ${data.viewer.userId} `, h("button", { type: "button", class: "link", onclick: signOut }, "Sign out"));
  who.hidden = false;
  byId("connections").hidden = false;
  byId("connect").hidden = false;
  renderConnections(byId("connection-list"), data.connections, {
    reconnect: (c) => startOAuth({ connectionId: c.id }),
    disconnect,
  }, highlightId);
  if (!providersRendered) {
    renderProviders(byId("provider-list"), data.integrationProviders, { connectOAuth: (provider, scopes) => startOAuth({ provider, scopes }), connectWithKey });
    providersRendered = true;
  }
  // The picker: re-authorizing from it asks for what the chosen tool needs.
  picker ??= mountPicker(byId("picker"), { reconnect: (input) => startOAuth(input) });
  picker.update(data.connections, data.integrationProviders);
  byId("picker").hidden = false;
}

function showSignIn() {
  data = null;
  picker = null;
  for (const id of ["connections", "connect", "picker", "signed-in"]) byId(id).hidden = true;
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
  const again = () => startOAuth({ provider, scopes: (DEFAULT_SCOPES[provider] ?? "").split(" ").filter(Boolean) });
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
