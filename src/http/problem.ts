import { AppError, HTTP_STATUS } from "../errors.js";

/** An RFC 9457 problem response. `code` is the stable machine-readable code. */
export function problem(status: number, code: string, title: string, detail?: string, extra: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ type: "about:blank", title, status, code, ...(detail ? { detail } : {}), ...extra }), {
    status,
    headers: { "content-type": "application/problem+json", "cache-control": "no-store" },
  });
}

export function problemFromAppError(error: AppError): Response {
  const status = HTTP_STATUS[error.code];
  const reason = typeof error.details.reason === "string" ? error.details.reason : undefined;
  return problem(status, reason ?? error.code.toLowerCase(), STATUS_TITLES[status] ?? "Error", error.message);
}

const STATUS_TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  429: "Too Many Requests",
  502: "Bad Gateway",
  503: "Service Unavailable",
};
