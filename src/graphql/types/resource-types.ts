import { RESOURCE_TYPES } from "../../providers/registry.js";
import type { ResourceNode } from "../../services/resources.js";
import { builder } from "../builder.js";
import { ResourceRef } from "./resource.js";

/**
 * One node type per resource type, as each provider module declares it (typename, description,
 * provider fields). The global id encodes the type, the connection and the upstream id, so it
 * survives round trips; node(id) loads it as the asking user (someone else's: null).
 */
for (const info of RESOURCE_TYPES) {
  builder.node(
    builder.objectRef<ResourceNode>(info.typename),
    {
      description: info.description,
      interfaces: [ResourceRef],
      isTypeOf: (value) => (value as Partial<ResourceNode>)?.item?.type === info.type,
      id: { resolve: (n) => `${n.connectionId}:${n.item.id}` },
      loadOne: (id, ctx) => {
        const sep = String(id).indexOf(":");
        return sep > 0 ? ctx.resources.find(String(id).slice(0, sep), info.type, String(id).slice(sep + 1)) : null;
      },
    },
    (t) =>
      Object.fromEntries(
        info.fields.map((field) => [field.name, t.field({ type: field.type, nullable: field.nullable, description: field.description, resolve: (n) => n.item.attributes[field.name] as never })]),
      ),
  );
}
