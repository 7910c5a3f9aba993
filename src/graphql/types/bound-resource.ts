import type { ResourceType } from "../../providers/types.js";
import { bindResource, listBoundResources, unbindResource } from "../../services/bound-resources.js";
import { builder } from "../builder.js";
import { viewerId } from "../context.js";
import { localId } from "../global-ids.js";
import { ResourceRef, ResourceTypeEnum } from "./resource.js";

/** A resource the user picked for tools; its secret (if any) never leaves the server. */
export const BoundResourceRef = builder.prismaNode("BoundResource", {
  description: "A resource the user picked for tools; its secret (if any) never leaves the server.",
  id: { field: "id" },
  authScopes: { user: true },
  findUnique: (id, ctx) => ({ id, userId: ctx.viewer?.userId ?? "" }),
  nullable: true,
  fields: (t) => ({
    type: t.field({ type: ResourceTypeEnum, description: "What kind of resource it is.", resolve: (b) => b.type as ResourceType }),
    resourceId: t.exposeString("upstreamId", { description: "The upstream id tools receive (Drive file id, owner/repo, project ref, …)." }),
    name: t.exposeString("name", { description: "Its name when bound (refreshed by binding again)." }),
    connection: t.relation("connection", { description: "The connection it was picked through." }),
    metadata: t.field({ type: "JSON", description: "What was known when bound: kind, mimeType, webUrl, parentId (+ projectUrl for Supabase).", resolve: (b) => b.metadata ?? {} }),
    hasCredential: t.boolean({ description: "A credential for tools was stored with it (a Supabase project's service key).", resolve: (b) => b.secret !== null }),
    resource: t.field({
      type: ResourceRef,
      nullable: true,
      description: "The resource as it is upstream now (null when it is gone or no longer accessible).",
      resolve: (b, _args, ctx) => ctx.resources.find(b.connectionId, b.type as ResourceType, b.upstreamId),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was first bound." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it was last bound again." }),
  }),
});

builder.queryField("boundResources", (t) =>
  t.prismaField({
    type: [BoundResourceRef],
    description: "The caller's bound resources, oldest first.",
    authScopes: { user: true },
    args: {
      connectionId: t.arg.id({ required: false, description: "Only those picked through this connection." }),
      type: t.arg({ type: ResourceTypeEnum, required: false, description: "Only resources of this type." }),
    },
    resolve: (_query, _root, args, ctx) =>
      listBoundResources(ctx.deps, viewerId(ctx), {
        connectionId: args.connectionId ? localId(args.connectionId, "IntegrationConnection") : undefined,
        type: args.type ?? undefined,
      }),
  }),
);

const BindResourceInput = builder.inputType("BindResourceInput", {
  description: "What to bind: a resource picked through one of your connections.",
  fields: (t) => ({
    connectionId: t.id({ required: true, description: "The connection it was picked through." }),
    type: t.field({ type: ResourceTypeEnum, required: true, description: "Its resource type." }),
    id: t.id({ required: true, description: "The upstream id (`resourceId`) of the picked resource." }),
  }),
});

builder.mutationField("bindResource", (t) =>
  t.prismaField({
    type: BoundResourceRef,
    description: "Binds a picked resource for tools, after checking upstream that it exists and is accessible. Binding the same resource again refreshes it.",
    authScopes: { user: true },
    args: { input: t.arg({ type: BindResourceInput, required: true, description: "What to bind." }) },
    resolve: (_query, _root, { input }, ctx) =>
      bindResource(ctx.deps, ctx.resources, {
        userId: viewerId(ctx),
        connectionId: localId(input.connectionId, "IntegrationConnection"),
        type: input.type,
        id: String(input.id),
      }),
  }),
);

const UnbindResourcePayload = builder.simpleObject("UnbindResourcePayload", {
  description: "What was unbound.",
  fields: (t) => ({
    unboundResourceId: t.id({ description: "The removed BoundResource's global id." }),
    resourceId: t.string({ description: "The upstream id it had." }),
  }),
});

builder.mutationField("unbindResource", (t) =>
  t.field({
    type: UnbindResourcePayload,
    description: "Removes one of your bindings (and its stored key, if any); NOT_FOUND for someone else's.",
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true, description: "The BoundResource's id." }) },
    resolve: async (_root, args, ctx) => {
      const removed = await unbindResource(ctx.deps, viewerId(ctx), localId(args.id, "BoundResource", "Bound resource"));
      return { unboundResourceId: String(args.id), resourceId: removed.upstreamId };
    },
  }),
);
