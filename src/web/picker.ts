/**
 * The resource picker. Browse a connection freely (a resource type, an optional filter), or choose a
 * tool parameter and let its picker spec decide: `type` and `filter` go to `resources(...)` as they
 * are, `dependsOn` browses inside the resource picked for that other parameter (its `resourceId` as
 * `parentId`), and `valueField` says what the parameter receives.
 *
 * Requests (documents.ts): the top of a tree is `resources(...)` (PickerList); opening an item is one
 * `node(id) { … on Resource { ancestors children(…) } }` (PickerOpen): its list and breadcrumbs;
 * "Load more" sends `pageInfo.endCursor` as `after`. A tool's missing scopes come from
 * `connection(id) { missingScopes(tools) }`; the fix is startOAuth with `connectionId` and `tools`.
 */
import type { ResourceFilter, ResourceType } from "../gql/graphql.js";
import { GatewayError, request } from "./api.js";
import type { Connection, ProviderInfo } from "./connections.js";
import { PickerList, PickerMissingScopes, PickerOpen, PickerTools } from "./documents.js";
import { busy, h } from "./dom.js";
import { describeError, providerName, shortScope } from "./messages.js";
import { clearNotices, notify } from "./notices.js";
import { crumbsElement, forgetInside, itemElement, nextParameter, toItem, toolInput, TYPE_LABELS, valueElement, valueOf, type Crumb, type Item, type Tool, type ToolParameter } from "./picker-view.js";
import { pickerControls, restoreState, saveState } from "./picker-controls.js";

export interface PickerDeps {
  /** Incremental authorization of that connection for the tools and/or scopes: startOAuth, then the page leaves. */
  reconnect(input: { connectionId: string; tools: string[]; scopes: string[] }): Promise<void>;
}

export interface Picker {
  /** New connection list (after connecting or disconnecting); the picker keeps its place when it can. */
  update(connections: Connection[], providers: ProviderInfo[]): void;
}

const PAGE_SIZE = 25;

/** An opened item: where "Load more" and search continue. */
interface Level {
  id: string;
  name: string;
}

export function mountPicker(container: HTMLElement, deps: PickerDeps): Picker {
  let connections: Connection[] = [];
  let providers: ProviderInfo[] = [];
  let tools: Tool[] | null = null;
  let loads = 0;
  const s = {
    tool: null as Tool | null,
    parameter: null as ToolParameter | null,
    connection: null as Connection | null,
    type: "GOOGLE_DRIVE_FILE" as ResourceType,
    filter: null as ResourceFilter | null,
    at: null as Level | null,
    search: "",
    items: [] as Item[],
    endCursor: null as string | null,
    hasNextPage: false,
    /** What was picked, by parameter name ("" when browsing freely). */
    picked: {} as Record<string, Item>,
  };

  const ui = pickerControls(container);
  const key = () => s.parameter?.name ?? "";
  /** The resource to browse inside: undefined when the parameter depends on nothing, null when that is not picked yet. */
  const inside = (): Item | null | undefined => {
    const on = s.parameter?.picker?.dependsOn;
    return on ? (s.picked[on] ?? null) : undefined;
  };
  const topName = () => inside()?.name ?? s.connection?.accountLabel ?? "Top";

  function fillControls() {
    const provider = s.tool?.provider;
    const usable = connections.filter((c) => !provider || c.provider === provider);
    if (!usable.some((c) => c.id === s.connection?.id)) s.connection = usable[0] ?? null;
    else s.connection = usable.find((c) => c.id === s.connection!.id)!;
    const types = s.parameter?.picker ? [s.parameter.picker.type] : (providers.find((p) => p.id === s.connection?.provider)?.resourceTypes ?? []);
    if (!types.includes(s.type) && types[0]) s.type = types[0];
    ui.fill({ tools: tools ?? [], tool: s.tool, parameter: s.parameter, connections: usable, connection: s.connection, types, type: s.type, filter: s.filter, toolDriven: !!s.parameter });
  }

  /** Back to the top of the tree for the current choices. */
  async function restart(at: Level | null = null) {
    s.at = at;
    s.search = ui.search.value = "";
    clearNotices(ui.notices);
    showEmpty("Loading…"); // what was listed belongs to the previous choice
    renderValue();
    const ticket = ++loads;
    if (!(await checkAccess(ticket))) return;
    await load(at, "fresh", ticket);
  }

  /** False when the connection cannot be browsed at all (it needs reconnecting). */
  async function checkAccess(ticket: number): Promise<boolean> {
    const { tool, connection } = s;
    if (!connection) return true;
    if (connection.status !== "ACTIVE") {
      const name = providerName(connection.provider);
      notify({ kind: "error", text: `${connection.accountLabel} needs reconnecting before it can be browsed.`, actions: [{ label: `Reconnect ${name}`, run: () => reconnect(connection.id, []) }] }, ui.notices);
      showEmpty(`Reconnect ${name} to browse ${connection.accountLabel}.`);
      return false;
    }
    if (!tool || connection.authType !== "OAUTH2") return true;
    try {
      const { connection: c } = await request(PickerMissingScopes, { connectionId: connection.id, tools: [tool.name] });
      if (ticket === loads && c.missingScopes.length) {
        const scopes = c.missingScopes.map(shortScope).join(", ");
        notify({ kind: "info", text: `${tool.name} needs permissions ${connection.accountLabel} has not granted: ${scopes}.`, actions: [{ label: "Reconnect with the missing permissions", run: () => reconnect(connection.id, []) }] }, ui.notices);
      }
    } catch (error) {
      if (ticket === loads) showError(error);
    }
    return true;
  }

  /**
   * Lists one level. `open` moves focus into the new list; `more` appends and focuses the first new
   * item; `search` leaves focus in the search box; `fresh` is a new listing after a change of choices.
   */
  async function load(level: Level | null, mode: "open" | "more" | "search" | "fresh", ticket = ++loads) {
    const connection = s.connection;
    if (!connection) return showEmpty(s.tool ? `No ${providerName(s.tool.provider)} connection yet: connect one above.` : "Connect an account above to browse it.");
    const under = inside();
    if (under === null) return showDependency();
    const args = { filter: s.filter, search: s.search || null, first: PAGE_SIZE, after: mode === "more" ? s.endCursor : null };
    const shown = ui.status.textContent;
    ui.list.setAttribute("aria-busy", "true");
    ui.status.textContent = "Loading…";
    try {
      let page;
      let crumbs: Crumb[] = [{ id: null, name: topName() }];
      if (level) {
        const { node } = await request(PickerOpen, { id: level.id, ...args });
        if (!node || !("children" in node)) throw new GatewayError(`${level.name} is no longer there.`, "NOT_FOUND");
        page = node.children;
        const ancestors = node.ancestors.map((a) => ({ id: a.id, name: a.name, resourceId: a.resourceId }));
        // Inside a picked resource the trail starts there: hide what lies above it.
        const cut = under ? ancestors.findIndex((a) => a.resourceId === under.resourceId) + 1 : 0;
        crumbs = [...crumbs, ...ancestors.slice(cut), { id: node.id, name: node.name }];
      } else {
        page = (await request(PickerList, { connectionId: connection.id, type: s.type, parentId: under?.resourceId ?? null, ...args })).resources;
      }
      if (ticket !== loads) return;
      ui.notices.querySelector('.notice[data-kind="error"]')?.remove();
      const items = page.edges.map((e) => toItem(e.node));
      const before = mode === "more" ? s.items.length : 0;
      s.at = level;
      s.items = mode === "more" ? [...s.items, ...items] : items;
      s.endCursor = page.pageInfo.endCursor;
      s.hasNextPage = page.pageInfo.hasNextPage;
      if (mode !== "more") ui.crumbs.replaceChildren(...crumbsElement(crumbs, (c) => navigate(c.id ? { id: c.id, name: c.name } : null)));
      renderList();
      if (mode === "open") focusItem(0);
      if (mode === "more") focusItem(before);
    } catch (error) {
      if (ticket === loads) {
        showError(error);
        // A failed open, search or "more" leaves the list as it was; a fresh listing has nothing to show.
        if (mode === "fresh") showEmpty("Nothing listed: see the message above.");
        else ui.status.textContent = shown;
      }
    } finally {
      if (ticket === loads) ui.list.removeAttribute("aria-busy");
    }
  }

  /** Opens an item or goes up a crumb: a search applies to the level it was made in, so it ends. */
  function navigate(level: Level | null) {
    s.search = ui.search.value = "";
    void load(level, "open");
  }

  function renderList() {
    const spec = s.parameter?.picker;
    const picked = s.picked[key()];
    const selectable = (item: Item) => item.type === (spec?.type ?? s.type) && !item.virtual;
    const entries = s.items.map((item) => itemElement(item, selectable(item), picked?.id === item.id, { open: navigate, pick }));
    ui.list.replaceChildren(...(entries.length ? entries : [h("li", { class: "empty" }, s.search ? `Nothing matches “${s.search}”.` : "Nothing here.")]));
    ui.more.hidden = !s.hasNextPage;
    const count = `${s.items.length} ${s.items.length === 1 ? "item" : "items"}`;
    ui.status.textContent = `${count}${s.search ? ` matching “${s.search}”` : ""}${s.hasNextPage ? ", more to load" : ""}.`;
    ui.searchLabel.textContent = s.at ? `Search in ${s.at.name}` : inside() ? `Search in ${topName()}` : "Search everything";
    ui.clearSearch.hidden = !s.search;
    ui.searchForm.hidden = false;
  }

  function showEmpty(text: string) {
    ui.searchForm.hidden = true;
    s.items = [];
    s.hasNextPage = false;
    ui.crumbs.replaceChildren();
    ui.status.textContent = "";
    ui.more.hidden = true;
    ui.list.replaceChildren(h("li", { class: "empty" }, text));
  }

  /** A parameter browsed inside another one's pick, before that is picked. */
  function showDependency() {
    const on = s.tool!.parameters.find((p) => p.name === s.parameter?.picker?.dependsOn)!;
    showEmpty(`${s.parameter!.name} is chosen inside the ${on.name} you pick. Pick ${on.name} first.`);
    ui.list.firstElementChild!.append(" ", h("button", { type: "button", class: "link", onclick: () => chooseParameter(on) }, `Pick ${on.name}`));
  }

  function focusItem(index: number) {
    const button = ui.list.querySelectorAll("li")[index]?.querySelector("button");
    (button ?? ui.crumbs.querySelector<HTMLElement>("[aria-current]"))?.focus();
  }

  function pick(item: Item) {
    s.picked[key()] = item;
    if (s.tool) forgetInside(s.tool, s.picked, key());
    renderList();
    renderValue();
    ui.value.focus();
  }

  function renderValue() {
    const item = s.picked[""];
    if (!s.tool) {
      ui.value.hidden = !item;
      if (item) ui.value.replaceChildren(...valueElement(`A ${TYPE_LABELS[item.type].toLowerCase()} parameter receives`, valueOf(item, "id"), `The resourceId of “${item.name}” (a picker with value_field "name" receives the name).`));
      return;
    }
    const received = toolInput(s.tool, s.picked);
    ui.value.hidden = !received;
    if (!received) return;
    const next = nextParameter(s.tool, s.picked, s.parameter);
    ui.value.replaceChildren(...valueElement(`${s.tool.name} receives`, received.value, received.note), next ? h("button", { type: "button", class: "primary", onclick: () => chooseParameter(next, true) }, `Pick ${next.name} next`) : "");
  }

  function chooseParameter(parameter: ToolParameter, focusList = false) {
    s.parameter = parameter;
    s.type = parameter.picker!.type;
    s.filter = parameter.picker!.filter ? { mimeTypes: parameter.picker!.filter.mimeTypes } : null;
    fillControls();
    void restart().then(() => focusList && focusItem(0));
  }

  function showError(error: unknown) {
    const handlers = { reconnect: (connectionId: string, _provider: string, scopes: string[]) => reconnect(connectionId, scopes), retry: () => load(s.at, "open") };
    notify(describeError(error, handlers), ui.notices);
  }

  /** Remembers where the user is (the OAuth round trip reloads the page), then re-authorizes. */
  async function reconnect(connectionId: string, scopes: string[]) {
    saveState({ tool: s.tool?.name ?? null, parameter: s.parameter?.name ?? null, connectionId, type: s.type, filter: s.filter, at: s.at, picked: s.picked });
    await deps.reconnect({ connectionId, tools: s.tool ? [s.tool.name] : [], scopes });
  }

  ui.onTool((name) => {
    s.tool = tools?.find((t) => t.name === name) ?? null;
    s.picked = {};
    const first = s.tool?.parameters.find((p) => p.picker);
    if (first) return chooseParameter(first);
    s.parameter = null;
    s.filter = null;
    fillControls();
    void restart();
  });
  ui.onParameter((name) => chooseParameter(s.tool!.parameters.find((p) => p.name === name)!));
  ui.onConnection((id) => {
    s.connection = connections.find((c) => c.id === id) ?? null;
    if (!s.tool) s.picked = {};
    fillControls();
    void restart();
  });
  ui.onType((type) => {
    s.type = type;
    s.filter = null;
    s.picked = {};
    fillControls();
    void restart();
  });
  ui.onFilter((filter) => {
    s.filter = filter;
    void restart(s.at);
  });
  ui.onSearch((text) => {
    s.search = text;
    void load(s.at, "search");
  });
  ui.more.addEventListener("click", () => void busy(ui.more, () => load(s.at, "more")));

  function start() {
    const saved = restoreState();
    if (saved && tools) {
      s.tool = tools.find((t) => t.name === saved.tool) ?? null;
      s.parameter = s.tool?.parameters.find((p) => p.name === saved.parameter && p.picker) ?? null;
      s.connection = connections.find((c) => c.id === saved.connectionId) ?? null;
      s.type = saved.type;
      s.filter = saved.filter;
      s.picked = saved.picked;
    }
    fillControls();
    void restart(saved?.at ?? null);
  }

  void request(PickerTools)
    .then((result) => (tools = result.tools.filter((t) => t.parameters.some((p) => p.picker))))
    .catch((error) => {
      tools = [];
      showError(error);
    })
    .then(start);

  return {
    update(nextConnections, nextProviders) {
      const before = s.connection;
      connections = nextConnections;
      providers = nextProviders;
      if (!tools) return;
      fillControls();
      if (s.connection?.id !== before?.id || s.connection?.status !== before?.status) void restart();
    },
  };
}

