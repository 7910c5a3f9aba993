import type { ResourceFilter, ResourceItem, ResourcePage } from "./types.js";

/**
 * Paging helpers shared by resource providers. Paging states are small JSON strings; the service
 * wraps them into opaque cursors bound to the listing.
 */

/** A page of an already complete list (Gmail labels, sheet tabs, a directory): offsets. */
export function pageOfList(all: ResourceItem[], first: number, after: string | null): ResourcePage {
  const start = after ? offsetOf(after) : 0;
  const slice = all.slice(start, start + first);
  return {
    items: slice.map((item, i) => ({ item, after: start + i + 1 < all.length ? JSON.stringify({ o: start + i + 1 }) : null })),
    hasNextPage: start + slice.length < all.length,
  };
}

/** A paging state that does not parse (a hand-made cursor): the service answers BAD_USER_INPUT. */
export class PagingStateError extends Error {
  override readonly name = "PagingStateError";
}

/** Parses a paging state written by `JSON.stringify`; throws PagingStateError otherwise. */
export function readState(after: string): Record<string, unknown> {
  try {
    const state = JSON.parse(after) as unknown;
    if (state && typeof state === "object" && !Array.isArray(state)) return state as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new PagingStateError("unreadable paging state");
}

/** A non-negative integer field of a paging state. */
export function stateInt(state: Record<string, unknown>, key: string, fallback?: number): number {
  const value = state[key] ?? fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new PagingStateError(`bad ${key}`);
  return value;
}

const offsetOf = (after: string) => stateInt(readState(after), "o");

/** RFC 8288 Link header → rel → URL (`<url>; rel="next", <url>; rel="last"`). */
export function parseLinkHeader(header: string | null): Record<string, string> {
  const links: Record<string, string> = {};
  if (!header) return links;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (!match) continue;
    const rel = /(?:^|;)\s*rel\s*=\s*"?([^";]+)"?/i.exec(match[2]!)?.[1];
    for (const r of rel?.split(/\s+/) ?? []) links[r.toLowerCase()] = match[1]!;
  }
  return links;
}

/** Whether an item passes the picker's filter; containers pass a MIME filter so the tree stays walkable. */
export function matchesFilter(item: ResourceItem, filter: ResourceFilter, isContainer: boolean): boolean {
  if (filter.kinds && !filter.kinds.includes(item.kind)) return false;
  if (filter.mimeTypes && !isContainer && !filter.mimeTypes.includes(item.mimeType ?? "")) return false;
  return true;
}

/** Case-insensitive substring match for providers without a server-side name search. */
export const nameMatches = (name: string, search: string | null) => !search || name.toLocaleLowerCase().includes(search.toLocaleLowerCase());

/** Containers first, then by name (locale-aware, numeric). */
export const byContainerThenName = (isContainer: (i: ResourceItem) => boolean) => (a: ResourceItem, b: ResourceItem) =>
  Number(isContainer(b)) - Number(isContainer(a)) || a.name.localeCompare(b.name, "en", { numeric: true, sensitivity: "base" }) || a.id.localeCompare(b.id);
