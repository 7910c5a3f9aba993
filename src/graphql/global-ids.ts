import { notFound } from "../errors.js";
import { decodeGlobalId } from "../ids.js";

/**
 * The database id inside a global id of `typename`. Anything else (malformed, another type) is
 * NOT_FOUND, the same answer as for an id that does not exist or belongs to someone else.
 */
export function localId(globalId: string | number, typename: string, what = "Connection"): string {
  const decoded = decodeGlobalId(String(globalId));
  if (!decoded || decoded.typename !== typename) throw notFound(what);
  return decoded.id;
}
