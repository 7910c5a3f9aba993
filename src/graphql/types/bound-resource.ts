import type { ResourceType } from "../../providers/types.js";
import { bindResource, listBoundResources, unbindResource } from "../../services/bound-resources.js";
import { builder } from "../builder.js";
import { viewerId } from "../context.js";
import { localId } from "../global-ids.js";
import { ResourceRef, ResourceTypeEnum } from "./resource.js";

/** A resource the user picked for tools; its secret (if any) never leaves the server. */
export const BoundResourceRef = builder.prismaNode("BoundResource", {
  id: { field: "id" },
  authScopes: { user: true },
  findUnique: (id, ctx) => ({ id, userId: ctx.viewer?.userId ?? "" }),
  nullable: true,
  fields: (t) => ({
    type: t.field({ type: ResourceTypeEnum, resolve: (b) => b.type as ResourceType }),
    resourceId: t.exposeString("upstreamId", { description: "The upstream id tools receive (Drive file id, owner/repo, project ref, …)." }),
    name: t.exposeString("name"),
    connection: t.relation("connection"),
    metadata: t.field({ type: "JSON", description: "What was known when bound: kind, mimeType, webUrl, parentId (+ projectUrl for Supabase).", resolve: (b) => b.metadata ?? {} }),
    hasCredential: t.boolean({ description: "A credential for tools was stored with it (a Supabase project's service key).", resolve: (b) => b.secret !== null }),
    resource: t.field({
      type: ResourceRef,
      nullable: true,
      description: "The resource as it is upstream now (null when it is gone or no longer accessible).",
      resolve: (b, _args, ctx) => ctx.resources.find(b.connectionId, b.type as ResourceType, b.upstreamId),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.queryField("boundResources", (t) =>
  t.prismaField({
    type: [BoundResourceRef],
    description: "The caller's bound resources, oldest first.",
    authScopes: { user: true },
    args: { connectionId: t.arg.id({ required: false }), type: t.arg({ type: ResourceTypeEnum, required: false }) },
    resolve: (_query, _root, args, ctx) =>
      listBoundResources(ctx.deps, viewerId(ctx), {
        connectionId: args.connectionId ? localId(args.connectionId, "IntegrationConnection") : undefined,
        type: args.type ?? undefined,
      }),
  }),
);

const BindResourceInput = builder.inputType("BindResourceInput", {
  fields: (t) => ({
    connectionId: t.id({ required: true }),
    type: t.field({ type: ResourceTypeEnum, required: true }),
    id: t.id({ required: true, description: "The upstream id (`resourceId`) of the picked resource." }),
  }),
});

builder.mutationField("bindResource", (t) =>
  t.prismaField({
    type: BoundResourceRef,
    description: "Binds a picked resource for tools, after checking upstream that it exists and is accessible. Binding the same resource again refreshes it.",
    authScopes: { user: true },
    args: { input: t.arg({ type: BindResourceInput, required: true }) },
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
  fields: (t) => ({ unboundResourceId: t.id(), resourceId: t.string() }),
});

builder.mutationField("unbindResource", (t) =>
  t.field({
    type: UnbindResourcePayload,
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true, description: "The BoundResource's id." }) },
    resolve: async (_root, args, ctx) => {
      const removed = await unbindResource(ctx.deps, viewerId(ctx), localId(args.id, "BoundResource", "Bound resource"));
      return { unboundResourceId: String(args.id), resourceId: removed.upstreamId };
    },
  }),
);
