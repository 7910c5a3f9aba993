import type { Viewer } from "../auth/bearer.js";
import type { Deps } from "../deps.js";
import type { AppError } from "../errors.js";
import type { ResourceBrowser } from "../services/resources.js";

/** A fresh context per request (DataLoaders cache on it). */
export interface Context {
  deps: Deps;
  /** Null when the request carried no (valid) bearer token. */
  viewer: Viewer | null;
  /** Why the bearer token was refused, reported when a field needs a viewer. */
  authError: AppError | null;
  /** Resource browsing as this viewer, with this request's DataLoaders. */
  resources: ResourceBrowser;
}

/** The signed-in user's id; only call from fields guarded by `authScopes: { user: true }`. */
export function viewerId(ctx: Context): string {
  return ctx.viewer!.userId;
}
