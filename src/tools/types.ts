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

/**
 * The credential a tool receives from `resolveCredential`, least privileged first per provider.
 * `runsOn`: tools with this credential run on a resource the user bound (its key, not the
 * connection's own token). No kind hands out a Supabase connection's Management API token.
 */
export const TOOL_CREDENTIALS = {
  OAUTH_ACCESS_TOKEN: {
    providers: ["google", "github"],
    runsOn: undefined,
    description: "The user's OAuth access token for the connection; it carries the connection's granted scopes (at least the tool's requiredScopes).",
  },
  SUPABASE_PUBLISHABLE_KEY: {
    providers: ["supabase"],
    runsOn: "SUPABASE_DATABASE",
    description: "The bound project's publishable key (sb_publishable_…, else the legacy anon key): requests run as the `anon` role, under Row Level Security.",
  },
  SUPABASE_SECRET_KEY: {
    providers: ["supabase"],
    runsOn: "SUPABASE_DATABASE",
    description: "The bound project's secret key (sb_secret_…, else the legacy service_role key): full access to that one project's data, bypassing Row Level Security. Never its Management API token.",
  },
} as const satisfies Record<string, { providers: readonly ProviderId[]; runsOn: ResourceTypeName | undefined; description: string }>;
export type ToolCredentialKind = keyof typeof TOOL_CREDENTIALS;
export const TOOL_CREDENTIAL_KINDS = Object.keys(TOOL_CREDENTIALS) as ToolCredentialKind[];

/** One tool a runner can execute with a connection's credentials. */
export interface ToolDefinition {
  /** Unique across providers, snake_case (`gmail_send_email`). */
  name: string;
  provider: ProviderId;
  description: string;
  /** Scopes the tool needs, each one needed (short forms allowed; canonical in the catalog). */
  scopes: readonly string[];
  parameters: readonly ToolParameter[];
  /** What `resolveCredential` hands the runner for this tool: the least privileged credential that can do the job. */
  credential: ToolCredentialKind;
  /**
   * Set by the catalog from `credential`: the tool runs against a resource the user bound
   * (`bindResource`) rather than with the connection's own token.
   */
  runsOn?: ResourceTypeName;
}

/** A provider file's tools: every field but what the catalog derives. */
export type ToolSpec = Omit<ToolDefinition, "runsOn">;

/** Tools that all receive the same credential (a provider whose tools all use the user's OAuth token). */
export const withCredential = (credential: ToolCredentialKind, tools: Omit<ToolSpec, "credential">[]): ToolSpec[] => tools.map((t) => ({ ...t, credential }));

/** A parameter, written compactly: `param("to", "string", "Recipient", { required: true })`. */
export const param = (name: string, type: ParameterType, description: string, more: Omit<ToolParameter, "name" | "type" | "description"> = {}): ToolParameter => ({
  name,
  type,
  description,
  ...more,
});
