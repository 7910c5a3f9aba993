import { builder } from "../builder.js";
import { localId } from "../global-ids.js";
import { ResourceConnectionRef, ResourceFilterInput, ResourceRef, ResourceTypeEnum } from "./resource.js";

builder.queryField("resources", (t) =>
  t.field({
    type: ResourceConnectionRef,
    description:
      "One page of a connection's resources under `parentId` (default: the root of `type`'s tree; Drive: My Drive, whose first page starts with the virtual roots Shared with me and Shared drives). Folders first, then by name. A `search` without `parentId` searches the whole account.",
    authScopes: { user: true },
    args: {
      connectionId: t.arg.id({ required: true, description: "The connection to browse." }),
      type: t.arg({ type: ResourceTypeEnum, required: true, description: "What the picker is after (its containers are listed too)." }),
      parentId: t.arg.id({ required: false, description: "The parent's upstream id (`resourceId`)." }),
      filter: t.arg({ type: ResourceFilterInput, required: false, description: "Narrow by MIME type or kind." }),
      search: t.arg.string({ required: false, description: "Name search; any characters (escaped for the upstream)." }),
      first: t.arg.int({ required: false, description: "Default 50, at most 100 (BAD_USER_INPUT above)." }),
      after: t.arg.string({ required: false, description: "`endCursor` of the previous page (or any edge's cursor)." }),
    },
    resolve: (_root, args, ctx) =>
      ctx.resources.list(localId(args.connectionId, "IntegrationConnection"), { ...args, parentId: args.parentId === null || args.parentId === undefined ? null : String(args.parentId) }),
  }),
);

builder.queryField("resource", (t) =>
  t.field({
    type: ResourceRef,
    description: "One resource by upstream id; NOT_FOUND when it does not exist, is not of this type's tree, or the connection is not yours.",
    authScopes: { user: true },
    args: {
      connectionId: t.arg.id({ required: true, description: "The connection it is in." }),
      type: t.arg({ type: ResourceTypeEnum, required: true, description: "Its type." }),
      id: t.arg.id({ required: true, description: "The upstream id (`resourceId`)." }),
    },
    resolve: (_root, args, ctx) => ctx.resources.get(localId(args.connectionId, "IntegrationConnection"), args.type, String(args.id)),
  }),
);
