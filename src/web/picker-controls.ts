/**
 * The picker's fixed parts: the choices at the top (tool, parameter, connection, type, filter), the
 * search form, the list and the value area. picker.ts fills them and listens to them.
 */
import type { ResourceFilter, ResourceType } from "../gql/graphql.js";
import type { Connection } from "./connections.js";
import { h } from "./dom.js";
import { providerName } from "./messages.js";
import { describeParameter, filterLabel, MIME_FILTERS, TYPE_LABELS, type Item, type Tool, type ToolParameter } from "./picker-view.js";

export interface ControlValues {
  tools: Tool[];
  tool: Tool | null;
  parameter: ToolParameter | null;
  connections: Connection[];
  connection: Connection | null;
  types: ResourceType[];
  type: ResourceType;
  filter: ResourceFilter | null;
  /** A tool parameter fixes the type and filter. */
  toolDriven: boolean;
}

const field = (label: string, control: HTMLElement, ...more: (HTMLElement | null)[]) =>
  h("div", { class: "stack field" }, h("label", { for: control.id }, label), control, ...more);

const options = (select: HTMLSelectElement, entries: [value: string, label: string][], value: string) => {
  select.replaceChildren(...entries.map(([v, label]) => h("option", { value: v }, label)));
  select.value = value;
};

export function pickerControls(container: HTMLElement) {
  const tool = h("select", { id: "picker-tool" });
  const parameter = h("select", { id: "picker-parameter" });
  const connection = h("select", { id: "picker-connection" });
  const type = h("select", { id: "picker-type" });
  const filter = h("select", { id: "picker-filter" });
  const typeHint = h("p", { class: "muted hint", id: "picker-type-hint" });
  const toolHint = h("p", { class: "muted hint", id: "picker-tool-hint" });
  const parameterHint = h("p", { class: "muted hint", id: "picker-parameter-hint" });
  const parameterField = field("Parameter", parameter, parameterHint);
  const filterField = field("Show", filter);
  const typeField = field("Resource type", type, typeHint);
  const search = h("input", { id: "picker-search", type: "search", autocomplete: "off", spellcheck: "false" });
  const searchLabel = h("label", { for: search.id }, "Search everything");
  const clearSearch = h("button", { type: "button", hidden: true }, "Clear search");
  const searchForm = h("form", { class: "picker-search", role: "search" }, searchLabel, h("div", { class: "actions" }, search, h("button", { type: "submit" }, "Search"), clearSearch));
  const ui = {
    searchForm,
    notices: h("div", { class: "notices", id: "picker-notices", "aria-live": "polite" }),
    crumbs: h("ol", { class: "breadcrumbs", id: "picker-crumbs" }),
    search,
    searchLabel,
    clearSearch,
    status: h("p", { class: "muted picker-status", role: "status", id: "picker-status" }),
    list: h("ul", { class: "resources", id: "picker-list", "aria-label": "Resources" }),
    more: h("button", { type: "button", class: "more", hidden: true }, "Load more"),
    value: h("div", { class: "picked", id: "picker-value", tabindex: "-1", hidden: true, "aria-live": "polite" }),
    fill(v: ControlValues) {
      if (tool.options.length !== v.tools.length + 1) {
        const groups = new Map<string, Tool[]>();
        for (const t of v.tools) groups.set(t.provider, [...(groups.get(t.provider) ?? []), t]);
        tool.replaceChildren(
          h("option", { value: "" }, "None: browse freely"),
          ...[...groups].map(([provider, list]) => h("optgroup", { label: providerName(provider) }, ...list.map((t) => h("option", { value: t.name }, t.name)))),
        );
      }
      tool.value = v.tool?.name ?? "";
      parameterField.hidden = !v.tool;
      toolHint.textContent = v.tool?.description ?? "";
      options(parameter, (v.tool?.parameters ?? []).filter((p) => p.picker).map((p) => [p.name, `${p.name}${p.required ? "" : " (optional)"}`]), v.parameter?.name ?? "");
      parameterHint.textContent = v.parameter ? describeParameter(v.parameter) : "";
      const accounts = v.connections.map((c): [string, string] => [c.id, `${providerName(c.provider)}: ${c.accountLabel}${c.status === "ACTIVE" ? "" : " (needs reconnecting)"}`]);
      options(connection, accounts.length ? accounts : [["", "No connection"]], v.connection?.id ?? "");
      connection.disabled = !accounts.length;
      options(type, v.types.map((t) => [t, TYPE_LABELS[t]]), v.type);
      type.disabled = v.toolDriven || v.types.length < 2;
      typeHint.textContent = v.toolDriven && v.parameter ? `Set by the ${v.parameter.name} parameter.` : "";
      const current = v.filter?.mimeTypes?.join(",") ?? "";
      const known = MIME_FILTERS.map((f): [string, string] => [f.mimeTypes.join(","), f.label]);
      if (current && !known.some(([value]) => value === current)) known.push([current, filterLabel(v.filter)]);
      options(filter, [["", "Everything"], ...known], current);
      filter.disabled = v.toolDriven;
      typeField.hidden = v.types.length === 0;
      filterField.hidden = v.types.length === 0 || (v.type !== "GOOGLE_DRIVE_FILE" && !current);
    },
    onTool: (run: (name: string) => void) => tool.addEventListener("change", () => run(tool.value)),
    onParameter: (run: (name: string) => void) => parameter.addEventListener("change", () => run(parameter.value)),
    onConnection: (run: (id: string) => void) => connection.addEventListener("change", () => run(connection.value)),
    onType: (run: (type: ResourceType) => void) => type.addEventListener("change", () => run(type.value as ResourceType)),
    onFilter: (run: (filter: ResourceFilter | null) => void) => filter.addEventListener("change", () => run(filter.value ? { mimeTypes: filter.value.split(",") } : null)),
    onSearch(run: (text: string) => void) {
      searchForm.addEventListener("submit", (event) => {
        event.preventDefault();
        run(search.value.trim());
      });
      clearSearch.addEventListener("click", () => {
        search.value = "";
        run("");
        search.focus();
      });
    },
  };

  container.replaceChildren(
    h("h2", { id: "picker-title" }, "Pick a resource"),
    h("p", { class: "muted" }, "Browse a connection, or choose a tool parameter: its picker decides what can be picked and what the tool receives."),
    h("div", { class: "picker-controls" }, field("Tool (optional)", tool, toolHint), parameterField),
    h("div", { class: "picker-controls" }, field("Connection", connection), typeField, filterField),
    ui.notices,
    h("nav", { "aria-label": "Breadcrumbs" }, ui.crumbs),
    searchForm,
    ui.status,
    ui.list,
    ui.more,
    ui.value,
  );
  return ui;
}

/** Where the picker was, kept across the OAuth round trip (this tab only; read once). */
export interface SavedState {
  tool: string | null;
  parameter: string | null;
  connectionId: string;
  type: ResourceType;
  filter: ResourceFilter | null;
  at: { id: string; name: string } | null;
  picked: Record<string, Item>;
}

const SAVED = "integrations-gateway.picker";

export const saveState = (state: SavedState) => sessionStorage.setItem(SAVED, JSON.stringify(state));

export function restoreState(): SavedState | null {
  const text = sessionStorage.getItem(SAVED);
  sessionStorage.removeItem(SAVED);
  try {
    return text ? (JSON.parse(text) as SavedState) : null;
  } catch {
    return null;
  }
}
