import { createHash } from "node:crypto";
import { AppError } from "../errors.js";
import type { ResourceFilter, ResourceType } from "../providers/types.js";

/** The listing a cursor belongs to: a cursor from another listing is refused, not misread. */
export interface ListingIdentity {
  connectionId: string;
  type: ResourceType;
  parentId: string | null;
  filter: ResourceFilter;
  search: string | null;
}

const fingerprint = (l: ListingIdentity) =>
  createHash("sha256")
    .update(JSON.stringify([l.connectionId, l.type, l.parentId, [...(l.filter.mimeTypes ?? [])].sort(), [...(l.filter.kinds ?? [])].sort(), l.search]))
    .digest("base64url")
    .slice(0, 12);

/** An opaque Relay cursor wrapping the provider's own paging state (Drive pageToken, GitHub page, offset). */
export function encodeCursor(listing: ListingIdentity, providerAfter: string): string {
  return Buffer.from(JSON.stringify({ l: fingerprint(listing), a: providerAfter }), "utf8").toString("base64url");
}

/** The provider paging state inside a cursor; BAD_USER_INPUT for a malformed or foreign cursor. */
export function decodeCursor(listing: ListingIdentity, cursor: string): string {
  let parsed: { l?: unknown; a?: unknown } | null = null;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = null;
  }
  if (!parsed || typeof parsed.a !== "string" || typeof parsed.l !== "string") {
    throw new AppError("BAD_USER_INPUT", "`after` is not a cursor this API issued", { field: "after" });
  }
  if (parsed.l !== fingerprint(listing)) {
    throw new AppError("BAD_USER_INPUT", "`after` is a cursor of another listing (connection, type, parent, filter and search must stay the same)", { field: "after" });
  }
  return parsed.a;
}
