import { AppError } from "../errors.js";
import { UpstreamError } from "../providers/http.js";
import type { UpstreamErrorClass } from "../providers/types.js";

/** What the caller knows about a failed call, so the error can say what would fix it. */
export interface UpstreamErrorContext {
  /** The provider's reading of its own error body (scope, rate limit, not found). */
  classify?: (error: UpstreamError) => UpstreamErrorClass | null;
  /** Scopes the call needs (canonical form), reported when the grant is too narrow. */
  requiredScopes?: string[];
  /** Scopes the connection holds; missing = required − granted. */
  grantedScopes?: string[];
  /** Global id of the connection, so a client can re-authorize it. */
  connectionId?: string;
}

/**
 * The one mapping of an upstream failure to what a client can act on. Never a 500 for something
 * an upstream did: no answer (or one cut off, or without the fields asked for) or 5xx → UPSTREAM_UNAVAILABLE; a grant too narrow → INSUFFICIENT_SCOPE
 * with the missing scopes; 429 or a provider's own rate-limit answer → RATE_LIMITED with retryAfter
 * (seconds); 401 → RECONNECT_REQUIRED; 404 → NOT_FOUND; anything else → UPSTREAM_ERROR.
 */
export function appErrorFromUpstream(error: UpstreamError, context: UpstreamErrorContext = {}): AppError {
  const { provider } = error;
  const status = error.info.status;
  const at = { provider, ...(context.connectionId ? { connectionId: context.connectionId } : {}) };
  // A 2xx without what was asked (not JSON, fields missing) is no usable answer either: never an empty success.
  if (error.kind === "network" || error.kind === "body" || (status !== undefined && status >= 500)) {
    return new AppError("UPSTREAM_UNAVAILABLE", `${provider} is unavailable right now; try again shortly`, at, { cause: error });
  }
  const known = error.kind === "status" ? (context.classify?.(error) ?? null) : null;
  if (known?.kind === "insufficient_scope") {
    const required = known.scopes?.length ? known.scopes : (context.requiredScopes ?? []);
    const granted = new Set(context.grantedScopes ?? []);
    const missing = required.filter((s) => !granted.has(s));
    return new AppError(
      "INSUFFICIENT_SCOPE",
      `The ${provider} connection was not granted the permissions this needs; reconnect it with the missing scopes`,
      { ...at, missingScopes: missing.length ? missing : required, requiredScopes: required },
      { cause: error },
    );
  }
  if (known?.kind === "rate_limited" || status === 429) {
    const retryAfter = (known?.kind === "rate_limited" ? known.retryAfter : undefined) ?? retryAfterSeconds(error.info.headers) ?? 60;
    return new AppError("RATE_LIMITED", `${provider} is rate limiting requests; retry in ${retryAfter} s`, { ...at, retryAfter }, { cause: error });
  }
  if (known?.kind === "bad_request") return new AppError("BAD_USER_INPUT", `${provider} refused the request: ${known.message}`, at, { cause: error });
  if (status === 401) return new AppError("RECONNECT_REQUIRED", `${provider} no longer accepts this connection's credentials; reconnect it`, at, { cause: error });
  if (known?.kind === "not_found" || status === 404) return new AppError("NOT_FOUND", `Not found at ${provider} (or no access)`, at, { cause: error });
  return new AppError("UPSTREAM_ERROR", `${provider} answered unexpectedly`, at, { cause: error });
}

/** Seconds to wait, from `retry-after` (seconds or HTTP date) or GitHub's `x-ratelimit-reset` (epoch seconds). */
export function retryAfterSeconds(headers: Headers | undefined, now = Date.now()): number | undefined {
  const retryAfter = headers?.get("retry-after");
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  const reset = Number(headers?.get("x-ratelimit-reset"));
  if (reset > 0) return Math.max(0, Math.ceil(reset - now / 1000));
  return undefined;
}
