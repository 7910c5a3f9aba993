import { RESOURCE_TYPES } from "../../providers/registry.js";
import type { ResourceNode } from "../../services/resources.js";
import { builder } from "../builder.js";
import { ResourceRef } from "./resource.js";

const TYPES = new Set(RESOURCE_TYPES.map((t) => t.type));

/** `<connectionId>[.<browse type>]:<upstream id>`: the browse type keeps `children` browsing for what the picker is after. */
function parseResourceKey(key: string): { connectionId: string; browseType?: string; id: string } | null {
  const match = /^([A-Za-z0-9_-]+)(?:\.([A-Z_]+))?:(.+)$/s.exec(key);
  if (!match || (match[2] && !TYPES.has(match[2]))) return null;
  return { connectionId: match[1]!, browseType: match[2], id: match[3]! };
}

/**
 * One node type per resource type, as each provider module declares it (typename, description,
 * provider fields). The global id encodes the type, the connection, the upstream id and, when it
 * differs from the type, what was being browsed for, so it survives round trips with its
 * `children`; node(id) loads it as the asking user (someone else's: null).
 */
for (const info of RESOURCE_TYPES) {
  builder.node(
    builder.objectRef<ResourceNode>(info.typename),
    {
      description: info.description,
      interfaces: [ResourceRef],
      isTypeOf: (value) => (value as Partial<ResourceNode>)?.item?.type === info.type,
      id: { description: "Global id: the type, connection, upstream id and what was browsed for; node(id) finds it again (for its owner only).", resolve: (n) => `${n.connectionId}${n.browseType === n.item.type ? "" : `.${n.browseType}`}:${n.item.id}` },
      loadOne: (id, ctx) => {
        const key = parseResourceKey(String(id));
        return key ? ctx.resources.find(key.connectionId, info.type, key.id, key.browseType ?? info.type) : null;
      },
    },
    (t) =>
      Object.fromEntries(
        info.fields.map((field) => [field.name, t.field({ type: field.type, nullable: field.nullable, description: field.description, resolve: (n) => n.item.attributes[field.name] as never })]),
      ),
  );
}
