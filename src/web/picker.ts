/**
 * PHASE 2 — the resource picker. Not imported by main.ts and not seen by codegen yet: it is written
 * against the API that issues 3 (resources) and 4 (tool catalog, scopes) describe, before they are
 * merged. Wiring it up is listed in docs/readme/issue-5.md ("What remains to wire up").
 *
 * How it browses: the top level is `resources(connectionId, type, filter, search, first, after)`;
 * opening an item is one `node(id) { … on Resource { ancestors children(…) } }` request (children
 * for the list, ancestors for the breadcrumbs); "Load more" follows `pageInfo.endCursor`.
 * A tool parameter's `x-resource-picker` (tool(name).parameters[].picker) fixes the type and filter.
 */
import type { IntegrationProvider, TypedDocumentString } from "../gql/graphql.js";
import { request } from "./api.js";
import type { Connection } from "./connections.js";
import { busy, h } from "./dom.js";

/* ---- BEGIN PHASE-2 QUERIES ------------------------------------------------------------------
 * Plain strings on purpose (codegen would reject them until the schema has these fields). To wire
 * up: wrap each in graphql(`…`), run `npm run codegen`, delete the hand-written types below and
 * the `typed()` casts, and use the generated types instead.
 */
const PICKER_ROOT = `
  query PickerRoot($connectionId: ID!, $type: ResourceType!, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {
    resources(connectionId: $connectionId, type: $type, filter: $filter, search: $search, first: $first, after: $after) {
      edges { cursor node { id name type kind mimeType webUrl modifiedAt hasChildren parentId } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const PICKER_CHILDREN = `
  query PickerChildren($id: ID!, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {
    node(id: $id) {
      ... on Resource {
        id name type
        ancestors { id name type }
        children(filter: $filter, search: $search, first: $first, after: $after) {
          edges { cursor node { id name type kind mimeType webUrl modifiedAt hasChildren parentId } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
`;
const PICKER_TOOLS = `
  query PickerTools($provider: IntegrationProvider) {
    tools(provider: $provider) { name description provider parameters { name description required picker { type filter { mimeTypes } } } }
  }
`;
const PICKER_MISSING_SCOPES = `
  query PickerMissingScopes($connectionId: ID!, $tools: [String!]!) {
    connection(id: $connectionId) { id missingScopes(tools: $tools) }
  }
`;
/* ---- END PHASE-2 QUERIES -------------------------------------------------------------------- */

export type ResourceType =
  | "GOOGLE_DRIVE_FILE" | "GOOGLE_DRIVE_FOLDER" | "GOOGLE_SHEETS" | "GOOGLE_SHEET_TAB" | "GMAIL_LABEL"
  | "GITHUB_REPO" | "GITHUB_BRANCH" | "GITHUB_FILE" | "SUPABASE_DATABASE" | "SUPABASE_TABLE";
export interface ResourceFilter { mimeTypes?: string[] | null }
export interface PickerResource { id: string; name: string; type: ResourceType; kind: string; mimeType: string | null; webUrl: string | null; modifiedAt: string | null; hasChildren: boolean; parentId: string | null }
interface ResourcePage { edges: { cursor: string; node: PickerResource }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
interface Crumb { id: string; name: string; type: ResourceType }
/** A parameter's `x-resource-picker`, as the resources(...) arguments to send. */
export interface PickerSpec { type: ResourceType; filter: ResourceFilter | null }
export interface ToolParameter { name: string; description: string | null; required: boolean; picker: PickerSpec | null }
export interface Tool { name: string; description: string; provider: IntegrationProvider; parameters: ToolParameter[] }
type PageArgs = { filter?: ResourceFilter | null; search?: string | null; first: number; after?: string | null };

const typed = <R, V>(text: string) => text as unknown as TypedDocumentString<R, V>;
const PickerRoot = typed<{ resources: ResourcePage }, PageArgs & { connectionId: string; type: ResourceType }>(PICKER_ROOT);
const PickerChildren = typed<{ node: (Crumb & { ancestors: Crumb[]; children: ResourcePage }) | null }, PageArgs & { id: string }>(PICKER_CHILDREN);
const PickerTools = typed<{ tools: Tool[] }, { provider?: IntegrationProvider | null }>(PICKER_TOOLS);
const PickerMissingScopes = typed<{ connection: { id: string; missingScopes: string[] } }, { connectionId: string; tools: string[] }>(PICKER_MISSING_SCOPES);

/** Which provider serves a type, and where browsing for it starts (tabs live in spreadsheets, …). */
export const RESOURCE_TYPES: Record<ResourceType, { provider: IntegrationProvider; label: string; browseFrom?: ResourceType }> = {
  GOOGLE_DRIVE_FILE: { provider: "GOOGLE", label: "Drive file" },
  GOOGLE_DRIVE_FOLDER: { provider: "GOOGLE", label: "Drive folder" },
  GOOGLE_SHEETS: { provider: "GOOGLE", label: "Spreadsheet" },
  GOOGLE_SHEET_TAB: { provider: "GOOGLE", label: "Spreadsheet tab", browseFrom: "GOOGLE_SHEETS" },
  GMAIL_LABEL: { provider: "GOOGLE", label: "Gmail label" },
  GITHUB_REPO: { provider: "GITHUB", label: "Repository" },
  GITHUB_BRANCH: { provider: "GITHUB", label: "Branch", browseFrom: "GITHUB_REPO" },
  GITHUB_FILE: { provider: "GITHUB", label: "File", browseFrom: "GITHUB_REPO" },
  SUPABASE_DATABASE: { provider: "SUPABASE", label: "Project" },
  SUPABASE_TABLE: { provider: "SUPABASE", label: "Table", browseFrom: "SUPABASE_DATABASE" },
};

/** ASSUMPTION until issue 4 says otherwise: a picker parameter receives the resource's id. */
export const parameterValue = (resource: PickerResource) => resource.id;

export interface PickerDeps {
  connections: Connection[];
  /** Shows an error with its actions (RECONNECT_REQUIRED, INSUFFICIENT_SCOPE, RATE_LIMITED…). */
  onError(error: unknown): void;
  /** Incremental authorization for these tools on that connection (startOAuth with connectionId + tools). */
  reconnectForTools(connection: Connection, tools: string[]): Promise<void>;
}

const PAGE_SIZE = 50;

/** Renders the picker into `container`. */
export function mountPicker(container: HTMLElement, deps: PickerDeps) {
  const state = {
    tool: null as Tool | null,
    parameter: null as ToolParameter | null,
    spec: { type: "GOOGLE_DRIVE_FILE", filter: null } as PickerSpec,
    connection: null as Connection | null,
    parent: null as Crumb | null,
    ancestors: [] as Crumb[],
    search: "",
    items: [] as PickerResource[],
    endCursor: null as string | null,
    hasNextPage: false,
  };
  let tools: Tool[] = [];

  const toolSelect = h("select", { id: "picker-tool" });
  const connectionSelect = h("select", { id: "picker-connection" });
  const typeSelect = h("select", { id: "picker-type" }, ...Object.entries(RESOURCE_TYPES).map(([type, t]) => h("option", { value: type }, t.label)));
  const scopeWarning = h("div", { class: "notices", role: "status" });
  const crumbs = h("ol", { class: "breadcrumbs" });
  const searchInput = h("input", { id: "picker-search", type: "search", autocomplete: "off" });
  const list = h("ul", { class: "resources", "aria-label": "Resources" });
  const more = h("button", { type: "button", hidden: true }, "Load more");
  const picked = h("output", { class: "picked", for: "picker-tool picker-type" });
  const searchForm = h("form", { class: "actions", role: "search" }, h("label", { for: searchInput.id }, "Search this level"), searchInput, h("button", { type: "submit" }, "Search"));

  container.replaceChildren(
    h("h2", {}, "Pick a resource"),
    h("div", { class: "providers" },
      h("div", { class: "stack" }, h("label", { for: toolSelect.id }, "Tool parameter"), toolSelect),
      h("div", { class: "stack" }, h("label", { for: connectionSelect.id }, "Connection"), connectionSelect),
      h("div", { class: "stack" }, h("label", { for: typeSelect.id }, "Resource type"), typeSelect)),
    scopeWarning,
    h("nav", { "aria-label": "Breadcrumbs" }, crumbs),
    searchForm, list, more, picked,
  );

  const fillConnections = () => {
    const provider = RESOURCE_TYPES[state.spec.type].provider;
    const usable = deps.connections.filter((c) => c.provider === provider);
    connectionSelect.replaceChildren(...usable.map((c) => h("option", { value: c.id }, `${c.accountLabel}${c.status === "ACTIVE" ? "" : " (needs reconnecting)"}`)));
    state.connection = usable[0] ?? null;
  };

  async function loadLevel(parent: Crumb | null, append = false) {
    const connection = state.connection;
    if (!connection) return void list.replaceChildren(h("li", { class: "empty" }, `Connect ${RESOURCE_TYPES[state.spec.type].provider.toLowerCase()} first.`));
    const browseType = RESOURCE_TYPES[state.spec.type].browseFrom ?? state.spec.type;
    const args = { search: state.search || null, first: PAGE_SIZE, after: append ? state.endCursor : null };
    try {
      let page: ResourcePage;
      if (parent) {
        const { node } = await request(PickerChildren, { id: parent.id, filter: state.spec.filter, ...args });
        if (!node) throw new Error("That item is gone.");
        page = node.children;
        state.ancestors = node.ancestors;
      } else {
        const filter = browseType === state.spec.type ? state.spec.filter : null;
        page = (await request(PickerRoot, { connectionId: connection.id, type: browseType, filter, ...args })).resources;
        state.ancestors = [];
      }
      state.parent = parent;
      state.items = append ? [...state.items, ...page.edges.map((e) => e.node)] : page.edges.map((e) => e.node);
      state.endCursor = page.pageInfo.endCursor;
      state.hasNextPage = page.pageInfo.hasNextPage;
      render();
    } catch (error) {
      deps.onError(error);
    }
  }

  function render() {
    const levels: (Crumb | null)[] = [null, ...state.ancestors, ...(state.parent ? [state.parent] : [])];
    crumbs.replaceChildren(...levels.map((crumb, i) => {
      const current = i === levels.length - 1;
      const label = crumb?.name ?? state.connection?.accountLabel ?? "Top";
      return h("li", {}, current ? h("span", { "aria-current": "location" }, label) : h("button", { type: "button", class: "link", onclick: () => void loadLevel(crumb) }, label));
    }));
    list.replaceChildren(...(state.items.length ? state.items.map(item) : [h("li", { class: "empty" }, state.search ? "Nothing matches." : "Empty.")]));
    more.hidden = !state.hasNextPage;
    more.textContent = `Load more (${state.items.length} shown)`;
  }

  function item(resource: PickerResource): HTMLLIElement {
    const selectable = resource.type === state.spec.type;
    const open = resource.hasChildren && h("button", { type: "button", onclick: () => void loadLevel(resource) }, `Open ${resource.name}`);
    const select = selectable && h("button", { type: "button", class: "primary", onclick: () => choose(resource) }, `Select ${resource.name}`);
    return h("li", { class: "resource", "data-kind": resource.kind }, h("span", { class: "badge" }, resource.kind.toLowerCase()), h("span", { class: "account" }, resource.name), h("span", { class: "actions" }, open, select));
  }

  function choose(resource: PickerResource) {
    const name = state.parameter?.name ?? "value";
    picked.replaceChildren(h("p", {}, `${state.tool ? `${state.tool.name} → ` : ""}${name} receives:`), h("pre", {}, h("code", {}, JSON.stringify({ [name]: parameterValue(resource) }, null, 2))));
    picked.focus();
  }

  /** Before browsing for a tool, ask whether the connection has its scopes; offer incremental consent if not. */
  async function checkScopes() {
    scopeWarning.replaceChildren();
    const { tool, connection } = state;
    if (!tool || !connection || connection.authType !== "OAUTH2") return;
    try {
      const { connection: c } = await request(PickerMissingScopes, { connectionId: connection.id, tools: [tool.name] });
      if (!c.missingScopes.length) return;
      const fix = h("button", { type: "button", class: "primary" }, "Reconnect with the missing permissions");
      fix.addEventListener("click", () => void busy(fix, () => deps.reconnectForTools(connection, [tool.name])));
      scopeWarning.replaceChildren(h("div", { class: "notice info" }, h("p", {}, `${tool.name} needs ${c.missingScopes.join(", ")}, which ${connection.accountLabel} has not granted.`), h("div", { class: "actions" }, fix)));
    } catch (error) {
      deps.onError(error);
    }
  }

  const restart = () => {
    state.search = searchInput.value = "";
    picked.replaceChildren();
    void checkScopes();
    void loadLevel(null);
  };

  toolSelect.addEventListener("change", () => {
    const [toolName, paramName] = toolSelect.value.split("\u0000");
    state.tool = tools.find((t) => t.name === toolName) ?? null;
    state.parameter = state.tool?.parameters.find((p) => p.name === paramName) ?? null;
    if (state.parameter?.picker) state.spec = state.parameter.picker;
    typeSelect.value = state.spec.type;
    typeSelect.disabled = !!state.parameter;
    fillConnections();
    restart();
  });
  typeSelect.addEventListener("change", () => {
    state.spec = { type: typeSelect.value as ResourceType, filter: null };
    fillConnections();
    restart();
  });
  connectionSelect.addEventListener("change", () => {
    state.connection = deps.connections.find((c) => c.id === connectionSelect.value) ?? null;
    restart();
  });
  searchForm.addEventListener("submit", (event) => {
    event.preventDefault();
    state.search = searchInput.value.trim();
    void loadLevel(state.parent);
  });
  more.addEventListener("click", () => void busy(more, () => loadLevel(state.parent, true)));

  void (async () => {
    try {
      tools = (await request(PickerTools, {})).tools;
    } catch (error) {
      deps.onError(error);
    }
    const options = tools.flatMap((t) => t.parameters.filter((p) => p.picker).map((p) => h("option", { value: `${t.name}\u0000${p.name}` }, `${t.name} · ${p.name}`)));
    toolSelect.replaceChildren(h("option", { value: "" }, "None: browse freely"), ...options);
    fillConnections();
    restart();
  })();
}
