import { AppError } from "../errors.js";
import type { ProviderId } from "../providers/types.js";
import { normalizeScopes, scopesOf } from "../scopes/index.js";
import { githubTools } from "./github.js";
import { googleTools } from "./google.js";
import { supabaseTools } from "./supabase.js";
import type { ResourcePicker, ToolDefinition, ToolParameter } from "./types.js";

export type { ResourcePicker, ToolDefinition, ToolParameter };
export { RESOURCE_TYPE_NAMES, type ResourceTypeName } from "./types.js";

/** The tool catalog, one file per provider; scopes in their provider's canonical form. */
const CATALOG: readonly ToolDefinition[] = [...googleTools, ...githubTools, ...supabaseTools].map((tool) => ({
  ...tool,
  scopes: normalizeScopes(scopesOf(tool.provider), tool.scopes),
}));
const BY_NAME = new Map(CATALOG.map((t) => [t.name, t]));

/** Every tool, or one provider's, in catalog order. */
export function listTools(provider?: ProviderId): ToolDefinition[] {
  return CATALOG.filter((t) => !provider || t.provider === provider);
}

export const findTool = (name: string): ToolDefinition | undefined => BY_NAME.get(name);

/**
 * The named tools (duplicates collapsed). Names the catalog does not know, or that belong to
 * another provider than `provider`, are BAD_USER_INPUT listing them in `unknownTools`.
 */
export function toolsNamed(names: readonly string[], provider?: ProviderId): ToolDefinition[] {
  const unique = [...new Set(names)];
  const unknown = unique.filter((n) => !BY_NAME.has(n) || (provider && BY_NAME.get(n)!.provider !== provider));
  if (unknown.length) {
    const scope = provider ? ` for ${provider}` : "";
    throw new AppError("BAD_USER_INPUT", `Unknown tool${unknown.length > 1 ? "s" : ""}${scope}: ${unknown.join(", ")}`, { unknownTools: unknown, ...(provider ? { provider } : {}) });
  }
  return unique.map((n) => BY_NAME.get(n)!);
}

/** The seed's `x-resource-picker` object for a picker (snake_case keys, as tool schemas carry it). */
export function xResourcePicker(picker: ResourcePicker): Record<string, unknown> {
  return {
    resource_type: picker.resourceType,
    ...(picker.filter ? { filter: picker.filter } : {}),
    ...(picker.dependsOn ? { depends_on: picker.dependsOn } : {}),
    value_field: picker.valueField ?? "id",
  };
}

/** The `filter` argument of the resource trees' `resources(...)` for a picker: `{ mimeTypes }`. */
export function resourcesFilter(picker: ResourcePicker): { mimeTypes: string[] } | null {
  const mime = picker.filter?.mimeType;
  if (mime === undefined) return null;
  return { mimeTypes: Array.isArray(mime) ? mime : [mime] };
}

function parameterSchema(p: ToolParameter): Record<string, unknown> {
  return {
    type: p.type,
    description: p.description,
    ...(p.items ? { items: { type: p.items } } : {}),
    ...(p.enum ? { enum: p.enum } : {}),
    ...(p.default !== undefined ? { default: p.default } : {}),
    ...(p.picker ? { "x-resource-picker": xResourcePicker(p.picker) } : {}),
  };
}

/** The tool's parameters as a JSON Schema object, pickers as `x-resource-picker` (the seed's form). */
export function inputSchema(tool: ToolDefinition): Record<string, unknown> {
  return {
    type: "object",
    properties: Object.fromEntries(tool.parameters.map((p) => [p.name, parameterSchema(p)])),
    required: tool.parameters.filter((p) => p.required).map((p) => p.name),
    additionalProperties: false,
  };
}
