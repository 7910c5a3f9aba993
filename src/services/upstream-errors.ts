import { AppError } from "../errors.js";
import { UpstreamError } from "../providers/http.js";

/**
 * The default mapping of an upstream failure to what a client can act on. Never a 500 for
 * something an upstream did: no answer or 5xx → UPSTREAM_UNAVAILABLE; 429 → RATE_LIMITED with
 * retryAfter (seconds); 401 → RECONNECT_REQUIRED; 404 → NOT_FOUND; anything else → UPSTREAM_ERROR.
 */
export function appErrorFromUpstream(error: UpstreamError): AppError {
  const { provider } = error;
  const status = error.info.status;
  if (error.kind === "network" || (status !== undefined && status >= 500)) {
    return new AppError("UPSTREAM_UNAVAILABLE", `${provider} is unavailable right now; try again shortly`, { provider }, { cause: error });
  }
  if (status === 429) {
    return new AppError("RATE_LIMITED", `${provider} is rate limiting requests`, { provider, retryAfter: retryAfterSeconds(error.info.headers) ?? 60 }, { cause: error });
  }
  if (status === 401) return new AppError("RECONNECT_REQUIRED", `${provider} no longer accepts this connection's credentials; reconnect it`, { provider }, { cause: error });
  if (status === 404) return new AppError("NOT_FOUND", `Not found at ${provider}`, { provider }, { cause: error });
  return new AppError("UPSTREAM_ERROR", `${provider} answered unexpectedly`, { provider }, { cause: error });
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
