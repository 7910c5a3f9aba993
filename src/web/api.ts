/**
 * The whole GraphQL client: POST a typed document (from codegen's string mode) to /graphql with the
 * bearer token. No GraphQL library: a document is its query text plus compile-time types.
 */
import type { TypedDocumentString } from "../gql/graphql.js";

const TOKEN_KEY = "integrations-gateway.token";

/** What the gateway puts next to an error's `code` (see src/errors.ts); only some are present. */
export interface ErrorExtensions {
  code?: string;
  provider?: string;
  /** RATE_LIMITED: seconds to wait. */
  retryAfter?: number;
  /** RECONNECT_REQUIRED: the connection to re-authorize. */
  connectionId?: string;
  /** INSUFFICIENT_SCOPE: what to ask for. */
  missingScopes?: string[];
  reason?: string;
  field?: string;
}

/** A GraphQL error (or no answer at all) with the gateway's stable code. */
export class GatewayError extends Error {
  override readonly name = "GatewayError";
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: ErrorExtensions = {},
  ) {
    super(message);
  }
}

export const readToken = (): string | null => localStorage.getItem(TOKEN_KEY);
export const saveToken = (token: string) => localStorage.setItem(TOKEN_KEY, token.trim());
export const forgetToken = () => localStorage.removeItem(TOKEN_KEY);

/** Runs one operation; resolves with `data`, or throws a GatewayError for the first error. */
export async function request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  const token = readToken();
  if (token) headers.authorization = `Bearer ${token}`;
  let body: { data?: TResult | null; errors?: { message: string; extensions?: ErrorExtensions }[] };
  try {
    const response = await fetch("/graphql", { method: "POST", headers, body: JSON.stringify({ query: document.toString(), variables }) });
    body = await response.json();
  } catch {
    throw new GatewayError("The gateway did not answer. Is it running?", "NETWORK");
  }
  const first = body.errors?.[0];
  if (first) throw new GatewayError(first.message, first.extensions?.code ?? "INTERNAL_SERVER_ERROR", first.extensions ?? {});
  if (!body.data) throw new GatewayError("The gateway sent no data.", "INTERNAL_SERVER_ERROR");
  return body.data;
}
