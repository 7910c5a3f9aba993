/** Renders the user's connections and the "connect an account" forms. State lives in main.ts. */
import type { IntegrationProvider, PageDataQuery } from "../gql/graphql.js";
import { busy, h } from "./dom.js";
import { providerName, shortScope } from "./messages.js";

export type Connection = PageDataQuery["connections"][number];
export type ProviderInfo = PageDataQuery["integrationProviders"][number];

export interface ConnectionActions {
  reconnect(connection: Connection): Promise<void>;
  disconnect(connection: Connection): Promise<void>;
}

export interface ConnectActions {
  connectOAuth(provider: IntegrationProvider, scopes: string[]): Promise<void>;
  /** Resolves to an error message to show beside the form, or null when connected. */
  connectWithKey(provider: IntegrationProvider, key: string, label: string): Promise<string | null>;
}

/** What "Connect" asks for until a tool's needs drive it (see picker.ts). */
export const DEFAULT_SCOPES: Partial<Record<IntegrationProvider, string>> = {
  GOOGLE: "drive.readonly spreadsheets.readonly",
  GITHUB: "repo read:user",
};


export function renderConnections(list: HTMLElement, connections: Connection[], actions: ConnectionActions, highlightId?: string) {
  if (connections.length === 0) {
    list.replaceChildren(h("li", { class: "empty" }, "No connections yet. Connect an account below."));
    return;
  }
  list.replaceChildren(...connections.map((c) => connectionItem(c, actions, c.id === highlightId)));
}

function connectionItem(c: Connection, actions: ConnectionActions, highlight: boolean): HTMLLIElement {
  const healthy = c.status === "ACTIVE";
  const status = healthy
    ? h("span", { class: "badge ok" }, "Active")
    : h("span", { class: "badge warn" }, `Needs reconnecting${c.statusReason ? ` (${c.statusReason.toLowerCase()})` : ""}`);
  const scopes = c.scopes.length
    ? h("ul", { class: "scopes", "aria-label": "Permissions" }, ...c.scopes.map((s) => h("li", { title: s }, shortScope(s))))
    : h("p", { class: "muted" }, c.authType === "API_KEY" ? "Personal access token" : "No permissions recorded");
  const controls = h("div", { class: "actions" });
  const item = h(
    "li",
    { class: `connection${highlight ? " fresh" : ""}`, "data-connection-id": c.id, "data-provider": c.provider, "data-status": c.status },
    h("div", { class: "headline" }, h("strong", { class: "provider-name" }, providerName(c.provider)), h("span", { class: "account" }, c.accountLabel), status),
    scopes,
    controls,
  );

  const showButtons = () => {
    const buttons: HTMLButtonElement[] = [];
    if (c.authType === "OAUTH2") {
      const reconnect = h("button", { type: "button", class: healthy ? "" : "primary" }, healthy ? "Reconnect" : `Reconnect ${providerName(c.provider)}`);
      reconnect.addEventListener("click", () => void busy(reconnect, () => actions.reconnect(c)));
      buttons.push(reconnect);
    }
    const disconnect = h("button", { type: "button", class: "danger" }, "Disconnect");
    disconnect.addEventListener("click", askToDisconnect);
    controls.replaceChildren(...buttons, disconnect);
  };
  // Two steps instead of window.confirm(): same keyboard flow, no blocking dialog.
  const askToDisconnect = () => {
    const yes = h("button", { type: "button", class: "danger" }, "Yes, disconnect");
    yes.addEventListener("click", () => void busy(yes, () => actions.disconnect(c)));
    const cancel = h("button", { type: "button", onclick: () => { showButtons(); controls.querySelector("button")?.focus(); } }, "Cancel");
    controls.replaceChildren(h("span", { class: "confirm" }, `Disconnect ${c.accountLabel}?`), yes, cancel);
    yes.focus();
  };
  showButtons();
  return item;
}

export function renderProviders(container: HTMLElement, providers: ProviderInfo[], actions: ConnectActions) {
  container.replaceChildren(...providers.map((p) => (p.authType === "OAUTH2" ? oauthForm(p, actions) : keyForm(p, actions))));
}

function oauthForm(p: ProviderInfo, actions: ConnectActions): HTMLElement {
  const inputId = `scopes-${p.id.toLowerCase()}`;
  if (!p.configured) {
    return h("div", { class: "provider-card" }, h("h3", {}, p.displayName), h("p", { class: "muted" }, `${p.displayName} is not configured on this gateway.`));
  }
  const scopes = h("input", { id: inputId, name: "scopes", value: DEFAULT_SCOPES[p.id] ?? "", spellcheck: "false", autocomplete: "off" });
  const submit = h("button", { type: "submit", class: "primary" }, `Connect ${p.displayName}`);
  const form = h(
    "form",
    { class: "provider-card stack", "data-provider": p.id },
    h("h3", {}, p.displayName),
    h("label", { for: inputId }, "Permissions to ask for (space-separated)"),
    scopes,
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void busy(submit, () => actions.connectOAuth(p.id, scopes.value.split(/[\s,]+/).filter(Boolean)));
  });
  return form;
}

function keyForm(p: ProviderInfo, actions: ConnectActions): HTMLElement {
  const slug = p.id.toLowerCase();
  const key = h("input", { id: `key-${slug}`, name: "key", type: "password", required: true, autocomplete: "off", spellcheck: "false", placeholder: "sbp_…" });
  const label = h("input", { id: `label-${slug}`, name: "label", autocomplete: "off" });
  const problem = h("p", { class: "form-error", role: "alert", id: `error-${slug}` });
  const submit = h("button", { type: "submit", class: "primary" }, `Connect ${p.displayName}`);
  const form = h(
    "form",
    { class: "provider-card stack", "data-provider": p.id },
    h("h3", {}, p.displayName),
    h("label", { for: key.id }, "Personal access token"),
    key,
    h("label", { for: label.id }, "Name (optional)"),
    label,
    problem,
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    problem.textContent = "";
    key.removeAttribute("aria-invalid");
    void busy(submit, async () => {
      const error = await actions.connectWithKey(p.id, key.value, label.value);
      if (error) {
        problem.textContent = error;
        key.setAttribute("aria-invalid", "true");
        key.setAttribute("aria-describedby", problem.id);
        key.focus();
      } else {
        form.reset();
      }
    });
  });
  return form;
}
