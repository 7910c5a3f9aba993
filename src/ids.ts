/** Relay global ids: base64url(`Type:id`). One format for GraphQL and the REST sidecar's redirects. */
export function encodeGlobalId(typename: string, id: string | number): string {
  return Buffer.from(`${typename}:${id}`, "utf8").toString("base64url");
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } | null {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const sep = decoded.indexOf(":");
  // A NUL (PostgreSQL text cannot hold one) is in no id we issued.
  if (sep <= 0 || sep === decoded.length - 1 || decoded.includes("\u0000")) return null;
  return { typename: decoded.slice(0, sep), id: decoded.slice(sep + 1) };
}
