/**
 * Every failure a client may see carries one of these stable codes (GraphQL `extensions.code`,
 * problem+json `code`, or `error=` on a browser redirect). Anything else is masked as internal.
 */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "PROVIDER_NOT_CONFIGURED",
  "INSUFFICIENT_SCOPE",
  "RECONNECT_REQUIRED",
  "RESOURCE_NOT_BOUND",
  "SERVICE_AUTH_NOT_CONFIGURED",
  "RATE_LIMITED",
  "UPSTREAM_BUDGET_EXCEEDED",
  "UPSTREAM_UNAVAILABLE",
  "UPSTREAM_ERROR",
  "SERVICE_UNAVAILABLE",
  "INVALID_COMPLETION_CODE",
  "COMPLETION_USER_MISMATCH",
  "INTERNAL_SERVER_ERROR",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The HTTP status each code maps to on the REST sidecar. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  PROVIDER_NOT_CONFIGURED: 404,
  INSUFFICIENT_SCOPE: 403,
  RECONNECT_REQUIRED: 409,
  RESOURCE_NOT_BOUND: 409,
  SERVICE_AUTH_NOT_CONFIGURED: 503,
  RATE_LIMITED: 429,
  UPSTREAM_BUDGET_EXCEEDED: 400,
  UPSTREAM_UNAVAILABLE: 503,
  UPSTREAM_ERROR: 502,
  SERVICE_UNAVAILABLE: 503,
  INVALID_COMPLETION_CODE: 400,
  COMPLETION_USER_MISMATCH: 403,
  INTERNAL_SERVER_ERROR: 500,
};

/** An expected failure: a stable code, a message safe to show, and the data a client needs to act. */
export class AppError extends Error {
  override readonly name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra fields for the client (missing scopes, retryAfter, ...). Never secrets. */
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const notFound = (what = "Resource") => new AppError("NOT_FOUND", `${what} not found`);
