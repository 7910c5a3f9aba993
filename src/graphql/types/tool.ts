import { notFound } from "../../errors.js";
import { findTool, inputSchema, listTools, resourcesFilter, TOOL_CREDENTIALS, xResourcePicker, type ResourcePicker, type ToolCredentialKind, type ToolDefinition, type ToolParameter } from "../../tools/index.js";
import { builder } from "../builder.js";
import { IntegrationProviderEnum } from "./enums.js";
import { ResourceTypeEnum } from "./resource.js";

export const ToolCredentialEnum = builder.enumType("ToolCredential", {
  description: "The kind of credential `resolveCredential` hands a tool runner for a tool: each tool declares the least privileged kind that can do its job.",
  values: Object.fromEntries(Object.entries(TOOL_CREDENTIALS).map(([kind, c]) => [kind, { value: kind, description: c.description }])) as Record<ToolCredentialKind, { value: ToolCredentialKind; description: string }>,
});

const PickerFilter = builder.objectRef<{ mimeTypes: string[] }>("PickerFilter").implement({
  description: "The `filter` argument to send to `resources(...)`.",
  fields: (t) => ({ mimeTypes: t.exposeStringList("mimeTypes", { description: "Only resources of these MIME types (folders stay browsable)." }) }),
});

const ToolParameterPicker = builder.objectRef<ResourcePicker>("ToolParameterPicker").implement({
  description: "How to fill a parameter in by browsing: the arguments to send to `resources(...)`, plus how to read the pick.",
  fields: (t) => ({
    type: t.field({ type: ResourceTypeEnum, description: "Send as `resources(type:)`.", resolve: (p) => p.resourceType }),
    filter: t.field({ type: PickerFilter, nullable: true, description: "Send as `resources(filter:)`; null: no filter.", resolve: (p) => resourcesFilter(p) }),
    dependsOn: t.string({
      nullable: true,
      description: "Another parameter of the tool: browse under the resource picked for it (send that resource's `resourceId`, not the parameter's value, as `resources(parentId:)`).",
      resolve: (p) => p.dependsOn ?? null,
    }),
    valueField: t.string({ description: "Which field of the picked resource becomes the parameter's value: id, name or path.", resolve: (p) => p.valueField ?? "id" }),
    spec: t.field({ type: "JSON", description: "The seed's `x-resource-picker` object as tool schemas carry it (`resource_type`, `filter`, …).", resolve: (p) => xResourcePicker(p) }),
  }),
});

const ToolParameterRef = builder.objectRef<ToolParameter>("ToolParameter").implement({
  description: "One parameter of a tool.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The parameter's name in the tool's input." }),
    type: t.exposeString("type", { description: "JSON Schema type: string, integer, number, boolean, array or object." }),
    description: t.exposeString("description", { description: "What the parameter is for." }),
    required: t.boolean({ description: "Whether the tool needs it.", resolve: (p) => !!p.required }),
    itemsType: t.string({ nullable: true, description: "For arrays: the type of each item.", resolve: (p) => p.items ?? null }),
    allowedValues: t.stringList({ nullable: true, description: "The only values allowed, when restricted.", resolve: (p) => (p.enum ? [...p.enum] : null) }),
    defaultValue: t.field({ type: "JSON", nullable: true, description: "The value used when it is left out.", resolve: (p) => p.default ?? null }),
    picker: t.field({ type: ToolParameterPicker, nullable: true, description: "Set when the value is picked from a resource tree.", resolve: (p) => p.picker ?? null }),
  }),
});

export const ToolRef = builder.objectRef<ToolDefinition>("Tool").implement({
  description: "A tool a runner can execute with a connection: what it does, the scopes and the credential it needs, its parameters.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The tool's unique name (e.g. sheets_read_values)." }),
    provider: t.expose("provider", { type: IntegrationProviderEnum, description: "The provider whose connection it runs with." }),
    description: t.exposeString("description", { description: "What the tool does." }),
    requiredScopes: t.stringList({ description: "Scopes the tool needs, in the provider's canonical form (Supabase tools need none).", resolve: (tool) => [...tool.scopes] }),
    credential: t.field({ type: ToolCredentialEnum, description: "What `resolveCredential` returns for this tool: exactly this kind, never a more privileged one.", resolve: (tool) => tool.credential }),
    parameters: t.field({ type: [ToolParameterRef], description: "Its parameters, in order.", resolve: (tool) => [...tool.parameters] }),
    inputSchema: t.field({ type: "JSON", description: "The parameters as a JSON Schema object, pickers as `x-resource-picker`.", resolve: (tool) => inputSchema(tool) }),
  }),
});

builder.queryField("tools", (t) =>
  t.field({
    type: [ToolRef],
    description: "The tool catalog, or one provider's part of it.",
    args: { provider: t.arg({ type: IntegrationProviderEnum, required: false, description: "Only this provider's tools." }) },
    resolve: (_root, args) => listTools(args.provider ?? undefined),
  }),
);

builder.queryField("tool", (t) =>
  t.field({
    type: ToolRef,
    description: "One tool by name; NOT_FOUND for a name the catalog does not know.",
    args: { name: t.arg.string({ required: true, description: "The tool's name." }) },
    resolve: (_root, args) => findTool(args.name) ?? Promise.reject(notFound("Tool")),
  }),
);
