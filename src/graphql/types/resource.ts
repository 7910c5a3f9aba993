import { RESOURCE_TYPES } from "../../providers/registry.js";
import { RESOURCE_KINDS } from "../../providers/types.js";
import type { ResourceNode } from "../../services/resources.js";
import { builder } from "../builder.js";
import { IntegrationConnectionRef } from "./connection.js";

const TYPENAMES = new Map(RESOURCE_TYPES.map((t) => [t.type, t.typename]));

export const ResourceTypeEnum = builder.enumType("ResourceType", {
  description: "What the picker browses for. Listing a type also lists the containers leading to it (folders, repositories, branches, projects).",
  values: Object.fromEntries(RESOURCE_TYPES.map((t) => [t.type, { value: t.type, description: t.description }])),
});

export const ResourceKindEnum = builder.enumType("ResourceKind", {
  description: "What a resource is, across providers (a Drive folder and a GitHub directory are both FOLDER).",
  values: RESOURCE_KINDS,
});

export const ResourceFilterInput = builder.inputType("ResourceFilter", {
  description: "Narrows a listing. Containers stay listed under a MIME filter so the tree can still be walked.",
  fields: (t) => ({
    mimeTypes: t.stringList({ required: false, description: "Only leaves of these MIME types (a tool's picker filter `{\"mimeType\": m}` is `{ mimeTypes: [m] }`)." }),
    kinds: t.field({ type: [ResourceKindEnum], required: false, description: "Only these kinds (leave FOLDER out to hide folders)." }),
  }),
});

export const ResourceRef = builder.interfaceRef<ResourceNode>("Resource");
export const ResourceConnectionRef = builder.connectionObject({ type: ResourceRef, name: "ResourceConnection" });


ResourceRef.implement({
  description: "Something in a connected account the picker can show and a tool can receive: a file, folder, repository, table…",
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (node) => TYPENAMES.get(node.item.type)!,
  fields: (t) => ({
    resourceId: t.string({ description: "The upstream id: what a tool parameter receives and what `resource(id:)`/`resources(parentId:)` take.", resolve: (n) => n.item.id }),
    name: t.string({ resolve: (n) => n.item.name }),
    type: t.field({ type: ResourceTypeEnum, resolve: (n) => n.item.type }),
    kind: t.field({ type: ResourceKindEnum, resolve: (n) => n.item.kind }),
    mimeType: t.string({ nullable: true, resolve: (n) => n.item.mimeType }),
    webUrl: t.string({ nullable: true, description: "Where a person opens it upstream.", resolve: (n) => n.item.webUrl }),
    iconUrl: t.string({ nullable: true, resolve: (n) => n.item.iconUrl }),
    modifiedAt: t.field({ type: "DateTime", nullable: true, resolve: (n) => n.item.modifiedAt }),
    hasChildren: t.boolean({ description: "Whether it can be opened (a folder may still turn out empty).", resolve: (n) => n.item.hasChildren }),
    parentId: t.string({ nullable: true, description: "The parent's upstream id; null at a root.", resolve: (n) => n.item.parent?.id ?? null }),
    connection: t.field({ type: IntegrationConnectionRef, description: "The connection it was browsed through.", resolve: (n, _a, ctx) => ctx.resources.connection(n.connectionId) }),
    parent: t.field({ type: ResourceRef, nullable: true, resolve: (n, _a, ctx) => ctx.resources.parent(n) }),
    ancestors: t.field({ type: [ResourceRef], description: "Root first, without itself: the breadcrumbs.", resolve: (n, _a, ctx) => ctx.resources.ancestors(n) }),
    children: t.field({
      type: ResourceConnectionRef,
      description: "What it contains, browsing for the same type it was listed for (or `type`); empty for leaves.",
      args: {
        type: t.arg({ type: ResourceTypeEnum, required: false }),
        filter: t.arg({ type: ResourceFilterInput, required: false }),
        search: t.arg.string({ required: false }),
        first: t.arg.int({ required: false, description: "Default 50, at most 100." }),
        after: t.arg.string({ required: false }),
      },
      resolve: (n, args, ctx) => ctx.resources.children(n, args),
    }),
  }),
});
