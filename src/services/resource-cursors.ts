import { createHash, createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
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

/**
 * Opaque Relay cursors wrapping the provider's own paging state (Drive pageToken, GitHub page,
 * offset), bound to their listing and signed: `base64url(payload).base64url(mac)`, the MAC an
 * HMAC-SHA256 (128 bits kept) under a key derived (HKDF) from OAUTH_STATE_SECRET. A cursor anyone
 * edited, or made up, is refused (BAD_USER_INPUT) before its paging state is read; cursors stay
 * valid across instances and restarts, until that secret changes.
 */
export interface CursorCodec {
  encode(listing: ListingIdentity, providerAfter: string): string;
  /** The provider paging state inside a cursor; BAD_USER_INPUT for a malformed, tampered or foreign cursor. */
  decode(listing: ListingIdentity, cursor: string): string;
}

const MAC_BYTES = 16;
const codecs = new WeakMap<Uint8Array, CursorCodec>();

export function cursorCodec(secret: Uint8Array): CursorCodec {
  const known = codecs.get(secret);
  if (known) return known;
  const key = Buffer.from(hkdfSync("sha256", secret, new Uint8Array(0), "integrations-gateway resource cursor v1", 32));
  const mac = (payload: string) => createHmac("sha256", key).update(payload).digest().subarray(0, MAC_BYTES);
  const notOurs = () => new AppError("BAD_USER_INPUT", "`after` is not a cursor this API issued", { field: "after" });
  const codec: CursorCodec = {
    encode(listing, providerAfter) {
      const payload = Buffer.from(JSON.stringify({ l: fingerprint(listing), a: providerAfter }), "utf8").toString("base64url");
      return `${payload}.${mac(payload).toString("base64url")}`;
    },
    decode(listing, cursor) {
      const dot = cursor.lastIndexOf(".");
      const payload = cursor.slice(0, dot);
      const given = Buffer.from(cursor.slice(dot + 1), "base64url");
      if (dot <= 0 || given.length !== MAC_BYTES || !timingSafeEqual(given, mac(payload))) throw notOurs();
      let parsed: { l?: unknown; a?: unknown } | null = null;
      try {
        parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
      } catch {
        parsed = null;
      }
      if (!parsed || typeof parsed.a !== "string" || typeof parsed.l !== "string") throw notOurs();
      if (parsed.l !== fingerprint(listing)) {
        throw new AppError("BAD_USER_INPUT", "`after` is a cursor of another listing (connection, type, parent, filter and search must stay the same)", { field: "after" });
      }
      return parsed.a;
    },
  };
  codecs.set(secret, codec);
  return codec;
}
