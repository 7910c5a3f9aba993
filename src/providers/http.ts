/**
 * The upstream edge: every call to a provider goes through `requestJson`, so timeouts, error
 * classes and logging live in one place. Failures fall into four classes, each keeping the original
 * as `cause`: network (no answer), OAuth error response, unexpected status, unexpected body.
 */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface HttpDeps {
  fetch: FetchLike;
  /** Per request; default 10 s. */
  timeoutMs: number;
}

export type UpstreamFailure = "network" | "oauth" | "status" | "body";

export class UpstreamError extends Error {
  override readonly name = "UpstreamError";
  constructor(
    readonly kind: UpstreamFailure,
    readonly provider: string,
    message: string,
    readonly info: {
      status?: number;
      /** Parsed error body, for mapping (never contains our secrets: it is what the upstream said). */
      body?: unknown;
      headers?: Headers;
      /** OAuth `error` code (RFC 6749 §5.2, or GitHub's 200-with-error). */
      oauthError?: string;
    } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface UpstreamResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
  /** Statuses that are not errors (default: any 2xx). */
  okStatuses?: number[];
}

/** Sends one request; returns the parsed JSON body (or null for an empty one). */
export async function requestJson<T = unknown>(
  deps: HttpDeps,
  provider: string,
  url: string,
  options: RequestOptions = {},
): Promise<UpstreamResponse<T>> {
  let response: Response;
  try {
    response = await deps.fetch(url, {
      method: options.method ?? "GET",
      headers: options.headers,
      body: options.body,
      signal: AbortSignal.timeout(deps.timeoutMs),
      redirect: "manual",
    });
  } catch (cause) {
    const timedOut = cause instanceof Error && (cause.name === "TimeoutError" || cause.name === "AbortError");
    throw new UpstreamError("network", provider, timedOut ? `${provider} did not answer in time` : `${provider} could not be reached`, {}, { cause });
  }
  // The deadline covers the body too (the signal aborts a body that stalls after the headers): a
  // body that is cut off or never ends is no answer, never an empty one.
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    const timedOut = cause instanceof Error && (cause.name === "TimeoutError" || cause.name === "AbortError");
    throw new UpstreamError("network", provider, timedOut ? `${provider} did not finish answering in time` : `${provider} broke off its answer`, { status: response.status }, { cause });
  }
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch (cause) {
      if (response.ok) throw new UpstreamError("body", provider, `${provider} answered with a body that is not JSON`, { status: response.status }, { cause });
      body = text.slice(0, 500);
    }
  }
  const ok = options.okStatuses ? options.okStatuses.includes(response.status) : response.ok;
  if (!ok) {
    throw new UpstreamError("status", provider, `${provider} answered HTTP ${response.status}`, {
      status: response.status,
      body,
      headers: response.headers,
    });
  }
  return { status: response.status, headers: response.headers, body: body as T };
}

/** Narrow helper for parsers: throws a "body" UpstreamError when a field has the wrong shape. */
export function expectField<T>(provider: string, value: T | undefined | null, what: string): T {
  if (value === undefined || value === null || (typeof value === "string" && value === "")) {
    throw new UpstreamError("body", provider, `${provider} answered without ${what}`);
  }
  return value;
}
