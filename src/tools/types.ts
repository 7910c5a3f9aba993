import type { ProviderId } from "../providers/types.js";

/**
 * Resource types a parameter's picker can browse (the resource trees' `ResourceType` names).
 * Kept as a string union here so the catalog does not depend on the GraphQL layer.
 */
export const RESOURCE_TYPE_NAMES = [
  "GOOGLE_DRIVE_FILE",
  "GOOGLE_DRIVE_FOLDER",
  "GOOGLE_SHEETS",
  "GOOGLE_SHEET_TAB",
  "GMAIL_LABEL",
  "GITHUB_REPO",
  "GITHUB_BRANCH",
  "GITHUB_FILE",
  "SUPABASE_DATABASE",
  "SUPABASE_TABLE",
] as const;
export type ResourceTypeName = (typeof RESOURCE_TYPE_NAMES)[number];

/** The seed's `x-resource-picker` extension on a parameter: what to browse to fill it in. */
export interface ResourcePicker {
  resourceType: ResourceTypeName;
  /** The seed's filter as is, e.g. `{ mimeType: "application/vnd.google-apps.spreadsheet" }`. */
  filter?: { mimeType?: string | string[] };
  /** Browse under the resource picked for this other parameter (a sheet tab under its spreadsheet). */
  dependsOn?: string;
  /** Which field of the picked resource becomes the value; default `id`. */
  valueField?: "id" | "name" | "path";
}

export type ParameterType = "string" | "integer" | "number" | "boolean" | "array" | "object";

export interface ToolParameter {
  name: string;
  type: ParameterType;
  description: string;
  /** Default false. */
  required?: boolean;
  /** For arrays: the type of each item. */
  items?: ParameterType;
  /** The only values allowed. */
  enum?: readonly string[];
  default?: string | number | boolean;
  picker?: ResourcePicker;
}

/** One tool a runner can execute with a connection's credentials. */
export interface ToolDefinition {
  /** Unique across providers, snake_case (`gmail_send_email`). */
  name: string;
  provider: ProviderId;
  description: string;
  /** Scopes the tool needs, each one needed (short forms allowed; canonical in the catalog). */
  scopes: readonly string[];
  parameters: readonly ToolParameter[];
  /**
   * The tool runs against a resource the user bound (`bindResource`) rather than with the
   * connection's own token: `resolveCredential` returns that resource's credential.
   */
  runsOn?: ResourceTypeName;
}

/** A parameter, written compactly: `param("to", "string", "Recipient", { required: true })`. */
export const param = (name: string, type: ParameterType, description: string, more: Omit<ToolParameter, "name" | "type" | "description"> = {}): ToolParameter => ({
  name,
  type,
  description,
  ...more,
});
