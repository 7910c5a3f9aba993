/**
 * What the resource picker shows: resources as one button each, breadcrumbs, and the value a tool
 * parameter receives. No state here; picker.ts decides what to show and handles the clicks.
 */
import type { PickerItemFragment, PickerToolsQuery, ResourceFilter, ResourceType } from "../gql/graphql.js";
import { h } from "./dom.js";

export type Tool = PickerToolsQuery["tools"][number];
export type ToolParameter = Tool["parameters"][number];
export type PickerSpec = NonNullable<ToolParameter["picker"]>;

/** A resource as the picker keeps it (the generated type is a union over every resource type). */
export interface Item {
  id: string;
  resourceId: string;
  name: string;
  type: ResourceType;
  kind: string;
  hasChildren: boolean;
  /** GitHub files: the path inside the repository (what `valueField: "path"` reads). */
  path: string | null;
  /** Drive's "Shared with me" / "Shared drives": can be opened, never picked. */
  virtual: boolean;
}

export const toItem = (node: PickerItemFragment): Item => ({
  id: node.id,
  resourceId: node.resourceId,
  name: node.name,
  type: node.type,
  kind: node.kind,
  hasChildren: node.hasChildren,
  path: "path" in node ? node.path : null,
  virtual: "virtual" in node ? node.virtual : false,
});

/** What a parameter receives from the picked resource: `valueField` "id" is the upstream id. */
export function valueOf(item: Item, valueField: string): string {
  if (valueField === "name") return item.name;
  if (valueField === "path") return item.path ?? item.name;
  return item.resourceId;
}

/** What the tool receives from the picks so far: `{ parameter: value }` in the tool's order; null before any pick. */
export function toolInput(tool: Tool, picked: Record<string, Item>): { value: Record<string, string>; note: string } | null {
  const chosen = tool.parameters.filter((p) => p.picker && picked[p.name]);
  if (!chosen.length) return null;
  const value = Object.fromEntries(chosen.map((p) => [p.name, valueOf(picked[p.name]!, p.picker!.valueField)]));
  const field = (valueField: string) => (valueField === "id" ? "resourceId" : valueField);
  const note = chosen.map((p) => `${p.name}: the ${field(p.picker!.valueField)} of “${picked[p.name]!.name}”`).join("; ");
  return { value, note: `${note}.` };
}

/** The next parameter that can be picked now: not picked yet, and what it depends on is. */
export const nextParameter = (tool: Tool, picked: Record<string, Item>, current: ToolParameter | null) =>
  tool.parameters.find((p) => p.picker && p !== current && !picked[p.name] && (!p.picker.dependsOn || picked[p.picker.dependsOn]));

/** A new pick for `name` makes what was picked inside the old one meaningless (a tab of another spreadsheet). */
export function forgetInside(tool: Tool, picked: Record<string, Item>, name: string) {
  for (const p of tool.parameters) {
    if (p.picker?.dependsOn === name && picked[p.name]) {
      delete picked[p.name];
      forgetInside(tool, picked, p.name);
    }
  }
}

export const TYPE_LABELS: Record<ResourceType, string> = {
  GOOGLE_DRIVE_FILE: "Drive file",
  GOOGLE_DRIVE_FOLDER: "Drive folder",
  GOOGLE_SHEETS: "Spreadsheet",
  GOOGLE_SHEET_TAB: "Spreadsheet tab",
  GMAIL_LABEL: "Gmail label",
  GITHUB_REPO: "Repository",
  GITHUB_BRANCH: "Branch",
  GITHUB_FILE: "File or directory",
  SUPABASE_DATABASE: "Project database",
  SUPABASE_TABLE: "Table",
};

/** Filters a person can choose while browsing Drive files freely (a tool's picker brings its own). */
export const MIME_FILTERS: { label: string; mimeTypes: string[] }[] = [
  { label: "Spreadsheets", mimeTypes: ["application/vnd.google-apps.spreadsheet"] },
  { label: "Documents", mimeTypes: ["application/vnd.google-apps.document"] },
  { label: "PDFs", mimeTypes: ["application/pdf"] },
  { label: "Images", mimeTypes: ["image/png", "image/jpeg"] },
  { label: "Plain text", mimeTypes: ["text/plain"] },
];

export const filterLabel = (filter: ResourceFilter | null) => {
  const mimes = filter?.mimeTypes ?? [];
  if (!mimes.length) return "Everything";
  return MIME_FILTERS.find((f) => f.mimeTypes.join() === mimes.join())?.label ?? mimes.join(", ");
};

/** "A spreadsheet tab, inside the spreadsheet_id you pick; optional." */
export function describeParameter(p: ToolParameter): string {
  const picker = p.picker!;
  const what = TYPE_LABELS[picker.type].toLowerCase();
  const filtered = picker.filter?.mimeTypes.length ? ` (${filterLabel(picker.filter).toLowerCase()} only)` : "";
  const inside = picker.dependsOn ? `, inside the ${picker.dependsOn} you pick` : "";
  return `${p.description} Picks a ${what}${filtered}${inside}.`;
}

const KIND_LABELS: Record<string, string> = { SPREADSHEET: "sheet", SHEET: "tab", REPOSITORY: "repo", DATABASE: "project" };
const kindLabel = (kind: string) => KIND_LABELS[kind] ?? kind.toLowerCase();

export interface ItemActions {
  open(item: Item): void;
  pick(item: Item): void;
}

/**
 * One list entry. The entry itself is a button: it opens what has children and picks a leaf. An
 * item that is both (a folder when picking folders, a GitHub directory) gets a second "Select" button.
 */
export function itemElement(item: Item, selectable: boolean, picked: boolean, actions: ItemActions): HTMLLIElement {
  const canOpen = item.hasChildren;
  const label = [h("span", { class: "badge" }, kindLabel(item.kind)), h("span", { class: "name" }, item.name)];
  let main: HTMLElement;
  if (canOpen) {
    main = h("button", { type: "button", class: "item", "aria-label": `Open ${item.name}`, onclick: () => actions.open(item) }, ...label, h("span", { class: "chevron", "aria-hidden": "true" }, "›"));
  } else if (selectable) {
    const mark = picked ? h("span", { class: "check", "aria-hidden": "true" }, "✓ Selected") : h("span", { class: "action", "aria-hidden": "true" }, "Select");
    main = h("button", { type: "button", class: "item", "aria-label": `Select ${item.name}`, "aria-pressed": picked ? "true" : "false", onclick: () => actions.pick(item) }, ...label, mark);
  } else {
    main = h("span", { class: "item inert" }, ...label);
  }
  const select = canOpen && selectable && h("button", { type: "button", class: "select", "aria-label": `Select ${item.name}`, "aria-pressed": picked ? "true" : "false", onclick: () => actions.pick(item) }, picked ? "Selected ✓" : "Select");
  return h("li", { class: `resource${picked ? " is-picked" : ""}`, "data-kind": item.kind, "data-resource-id": item.resourceId }, main, select);
}

export interface Crumb {
  /** Global id to open; null for the top of the listing. */
  id: string | null;
  name: string;
}

/** The breadcrumb trail; the last crumb is where the user is (focusable, so focus can land there). */
export function crumbsElement(crumbs: Crumb[], go: (crumb: Crumb) => void): HTMLElement[] {
  return crumbs.map((crumb, i) => {
    if (i === crumbs.length - 1) return h("li", {}, h("span", { "aria-current": "location", tabindex: "-1", class: "here" }, crumb.name));
    return h("li", {}, h("button", { type: "button", class: "link", onclick: () => go(crumb) }, crumb.name));
  });
}

/** The value(s) the tool receives, as a runner would get them. */
export function valueElement(title: string, value: unknown, note: string): HTMLElement[] {
  return [h("h3", {}, title), h("pre", {}, h("code", {}, JSON.stringify(value, null, 2))), h("p", { class: "muted" }, note)];
}
