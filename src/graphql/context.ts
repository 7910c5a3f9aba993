import type { ServiceCaller, Viewer } from "../auth/bearer.js";
import type { Deps } from "../deps.js";
import type { AppError } from "../errors.js";
import type { ResourceBrowser } from "../services/resources.js";

/** A fresh context per request (DataLoaders cache on it). */
export interface Context {
  deps: Deps;
  /** The signed-in user; null without a (valid) user token — a service token is never a viewer. */
  viewer: Viewer | null;
  /** The tool runner, when the request carried a service token (then `viewer` is null). */
  service: ServiceCaller | null;
  /** Why the bearer token was refused, reported when a field needs a viewer. */
  authError: AppError | null;
  /** Resource browsing as this viewer, with this request's DataLoaders. */
  resources: ResourceBrowser;
}

/** The signed-in user's id; only call from fields guarded by `authScopes: { user: true }`. */
export function viewerId(ctx: Context): string {
  return ctx.viewer!.userId;
}
