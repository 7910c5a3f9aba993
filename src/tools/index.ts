import { AppError } from "../errors.js";
import type { ProviderId } from "../providers/types.js";
import { normalizeScopes, scopesOf } from "../scopes/index.js";
import { githubTools } from "./github.js";
import { googleTools } from "./google.js";
import { supabaseTools } from "./supabase.js";
import { TOOL_CREDENTIALS, type ResourcePicker, type ToolDefinition, type ToolParameter, type ToolSpec } from "./types.js";

export type { ResourcePicker, ToolDefinition, ToolParameter };
export { RESOURCE_TYPE_NAMES, TOOL_CREDENTIAL_KINDS, TOOL_CREDENTIALS, type ResourceTypeName, type ToolCredentialKind } from "./types.js";

/**
 * The tool catalog from provider files: scopes in their provider's canonical form, `runsOn` from
 * the declared credential. A credential that is not its provider's stops the start.
 */
export function buildCatalog(specs: readonly ToolSpec[]): ToolDefinition[] {
  return specs.map((tool) => {
    const credential = TOOL_CREDENTIALS[tool.credential] as (typeof TOOL_CREDENTIALS)[keyof typeof TOOL_CREDENTIALS] | undefined;
    if (!credential || !(credential.providers as readonly string[]).includes(tool.provider)) {
      throw new Error(`Tool ${tool.name}: credential ${String(tool.credential)} is not one a ${tool.provider} tool can receive`);
    }
    return { ...tool, scopes: normalizeScopes(scopesOf(tool.provider), tool.scopes), runsOn: credential.runsOn };
  });
}

const CATALOG: readonly ToolDefinition[] = buildCatalog([...googleTools, ...githubTools, ...supabaseTools]);
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
