/**
 * The page: sign in with a development token, list connections, connect (OAuth round trip or API
 * key), reconnect, disconnect, and pick resources (picker.ts). Every call goes through `request()` with a document from documents.ts.
 *
 * The token comes from the sign-in form only and is kept in localStorage until "Sign out". A link
 * cannot sign anyone in (`#token=…` is refused): a link would sign a victim in as its sender.
 *
 * OAuth: the callback sends the browser back here with `status=pending&completion_code=…`; the page
 * removes it from the address bar and calls completeOAuth with its own token, which attaches the
 * account only if this user started the flow. It does so only for a flow this tab started (a marker
 * in sessionStorage), so a link carrying someone else's completion code attaches nothing.
 */
import type { IntegrationProvider, PageDataQuery } from "../gql/graphql.js";
import { forgetToken, GatewayError, readToken, request, saveToken } from "./api.js";
import { renderConnections, renderProviders, DEFAULT_SCOPES, type Connection } from "./connections.js";
import { PageCompleteOAuth, PageConnectSupabase, PageData, PageDisconnect, PageStartOAuth } from "./documents.js";
import { byId, h } from "./dom.js";
import { describeCompletion, describeError, describeOutcome, providerName, takeOAuthOutcome, type OAuthOutcome } from "./messages.js";
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
    rememberStartedFlow(startOAuth.provider);
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

/** A sign-in link (`#token=…`) is refused and removed from the address bar: a link cannot choose who you are. */
function refuseTokenFromFragment(): boolean {
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (!fragment.has("token")) return false;
  history.replaceState(null, "", location.pathname + location.search);
  return true;
}

/** Which OAuth flow this tab started (sessionStorage: this tab only, survives the provider round trip). */
const STARTED_KEY = "integrations-gateway.oauth-started";
/** A started flow counts for as long as its link and the provider can take: 15 minutes. */
const STARTED_TTL_MS = 15 * 60_000;

function rememberStartedFlow(provider: IntegrationProvider) {
  sessionStorage.setItem(STARTED_KEY, JSON.stringify({ provider: provider.toLowerCase(), at: Date.now() }));
}

/** True (once) when this tab started a flow with `provider` recently. */
function takeStartedFlow(provider: string): boolean {
  const raw = sessionStorage.getItem(STARTED_KEY);
  sessionStorage.removeItem(STARTED_KEY);
  try {
    const started = JSON.parse(raw ?? "null") as { provider?: string; at?: number } | null;
    return !!started && started.provider === provider && typeof started.at === "number" && Date.now() - started.at < STARTED_TTL_MS;
  } catch {
    return false;
  }
}

/** A completion code waiting for a signed-in user (the page landed here signed out). */
let waitingCompletion: OAuthOutcome | null = null;

async function finishOAuth(outcome: OAuthOutcome) {
  const provider = outcome.provider.toUpperCase() as IntegrationProvider;
  const again = () => startOAuth({ provider, scopes: (DEFAULT_SCOPES[provider] ?? "").split(" ").filter(Boolean) });
  if (outcome.status === "error" || !outcome.completionCode) {
    await load();
    notify(describeOutcome(outcome, again));
    return;
  }
  if (!readToken()) {
    waitingCompletion = outcome;
    showSignIn();
    notify({ kind: "info", text: `Sign in to finish connecting ${providerName(outcome.provider)}.` });
    return;
  }
  try {
    const { completeOAuth } = await request(PageCompleteOAuth, { code: outcome.completionCode });
    await load(completeOAuth.connection.id);
    notify(describeCompletion(completeOAuth.provider, completeOAuth.connection.accountLabel, completeOAuth.accountChanged));
  } catch (error) {
    await load();
    if (error instanceof GatewayError && (error.code === "COMPLETION_USER_MISMATCH" || error.code === "INVALID_COMPLETION_CODE")) {
      notify(describeOutcome({ ...outcome, status: "error", error: error.code }, again));
    } else {
      notify(describeError(error, errorHandlers));
    }
  }
}

async function arrive(outcome: OAuthOutcome) {
  // Only a flow this tab started is completed: a link carrying someone else's code attaches nothing.
  const startedHere = takeStartedFlow(outcome.provider);
  if (outcome.status === "pending" && !startedHere) {
    await load();
    notify(describeOutcome({ ...outcome, status: "error", error: "not_started_here" }));
    return;
  }
  await finishOAuth(outcome);
}

function main() {
  byId("sign-in-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = byId<HTMLInputElement>("token-input");
    saveToken(input.value);
    input.value = "";
    clearNotices();
    const waiting = waitingCompletion;
    waitingCompletion = null;
    void (waiting ? finishOAuth(waiting) : load());
  });
  byId("connections-title").tabIndex = -1;
  const refusedLink = refuseTokenFromFragment();
  const outcome = takeOAuthOutcome(location, history);
  void (outcome ? arrive(outcome) : load()).then(() => {
    if (refusedLink) notify({ kind: "info", text: "Sign-in links are not accepted (a link could sign you in as someone else). Paste your token instead." });
  });
}

main();
