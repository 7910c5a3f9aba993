import { RESOURCE_TYPES } from "../../providers/registry.js";
import { RESOURCE_KINDS, type ResourceKind } from "../../providers/types.js";
import type { ResourceNode } from "../../services/resources.js";
import { builder } from "../builder.js";
import { IntegrationConnectionRef } from "./connection.js";

const TYPENAMES = new Map(RESOURCE_TYPES.map((t) => [t.type, t.typename]));

export const ResourceTypeEnum = builder.enumType("ResourceType", {
  description: "What the picker browses for. Listing a type also lists the containers leading to it (folders, repositories, branches, projects).",
  values: Object.fromEntries(RESOURCE_TYPES.map((t) => [t.type, { value: t.type, description: t.description }])),
});

const KIND_DESCRIPTIONS: Record<ResourceKind, string> = {
  FOLDER: "A container of files: a Drive folder or shared drive, a GitHub directory.",
  FILE: "A file: a Drive file, a file in a repository.",
  SPREADSHEET: "A Google spreadsheet (opens into its tabs).",
  SHEET: "One tab of a spreadsheet.",
  LABEL: "A Gmail label.",
  REPOSITORY: "A GitHub repository (opens into its branches).",
  BRANCH: "A branch of a repository (opens into its files).",
  DATABASE: "A Supabase project's database (opens into its tables).",
  TABLE: "A database table.",
};

export const ResourceKindEnum = builder.enumType("ResourceKind", {
  description: "What a resource is, across providers (a Drive folder and a GitHub directory are both FOLDER).",
  values: Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, { value: kind, description: KIND_DESCRIPTIONS[kind] }])),
});

export const ResourceFilterInput = builder.inputType("ResourceFilter", {
  description: "Narrows a listing. Containers stay listed under a MIME filter so the tree can still be walked.",
  fields: (t) => ({
    mimeTypes: t.stringList({ required: false, description: "Only leaves of these MIME types (a tool's picker filter `{\"mimeType\": m}` is `{ mimeTypes: [m] }`)." }),
    kinds: t.field({ type: [ResourceKindEnum], required: false, description: "Only these kinds (leave FOLDER out to hide folders)." }),
  }),
});

export const ResourceRef = builder.interfaceRef<ResourceNode>("Resource");
export const ResourceConnectionRef = builder.connectionObject(
  { type: ResourceRef, name: "ResourceConnection", description: "One page of resources." },
  { description: "A resource in a page, with the cursor that resumes right after it." },
);


ResourceRef.implement({
  description: "Something in a connected account the picker can show and a tool can receive: a file, folder, repository, table…",
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (node) => TYPENAMES.get(node.item.type)!,
  fields: (t) => ({
    resourceId: t.string({ description: "The upstream id: what a tool parameter receives and what `resource(id:)`/`resources(parentId:)` take.", resolve: (n) => n.item.id }),
    name: t.string({ description: "Its name as the provider shows it.", resolve: (n) => n.item.name }),
    type: t.field({ type: ResourceTypeEnum, description: "Its resource type.", resolve: (n) => n.item.type }),
    kind: t.field({ type: ResourceKindEnum, description: "What it is across providers (FOLDER, FILE, REPOSITORY, …).", resolve: (n) => n.item.kind }),
    mimeType: t.string({ nullable: true, description: "Its MIME type, when the provider has one (Drive).", resolve: (n) => n.item.mimeType }),
    webUrl: t.string({ nullable: true, description: "Where a person opens it upstream.", resolve: (n) => n.item.webUrl }),
    iconUrl: t.string({ nullable: true, description: "The provider's icon for it (on the provider's origin).", resolve: (n) => n.item.iconUrl }),
    modifiedAt: t.field({ type: "DateTime", nullable: true, description: "When it last changed upstream, when known.", resolve: (n) => n.item.modifiedAt }),
    hasChildren: t.boolean({ description: "Whether it can be opened (a folder may still turn out empty).", resolve: (n) => n.item.hasChildren }),
    parentId: t.string({ nullable: true, description: "The parent's upstream id; null at a root.", resolve: (n) => n.item.parent?.id ?? null }),
    connection: t.field({ type: IntegrationConnectionRef, description: "The connection it was browsed through.", resolve: (n, _a, ctx) => ctx.resources.connection(n.connectionId) }),
    parent: t.field({ type: ResourceRef, nullable: true, description: "What contains it; null at a root.", resolve: (n, _a, ctx) => ctx.resources.parent(n) }),
    ancestors: t.field({ type: [ResourceRef], description: "Root first, without itself: the breadcrumbs.", resolve: (n, _a, ctx) => ctx.resources.ancestors(n) }),
    children: t.field({
      type: ResourceConnectionRef,
      description: "What it contains, browsing for the same type it was listed for (or `type`); empty for leaves.",
      args: {
        type: t.arg({ type: ResourceTypeEnum, required: false, description: "Browse for another type than the one it was listed for." }),
        filter: t.arg({ type: ResourceFilterInput, required: false, description: "Narrow by MIME type or kind." }),
        search: t.arg.string({ required: false, description: "Name search at this level." }),
        first: t.arg.int({ required: false, description: "Default 50, at most 100." }),
        after: t.arg.string({ required: false, description: "`endCursor` of the previous page (or any edge's cursor)." }),
      },
      resolve: (n, args, ctx) => ctx.resources.children(n, args),
    }),
  }),
});
