import { GraphQLError, type ASTNode } from "graphql";
import { isDatabaseUnavailable, serviceUnavailable } from "../db/errors.js";
import { isAppError } from "../errors.js";
import type { Logger } from "../logger.js";
import { UpstreamError } from "../providers/http.js";
import { appErrorFromUpstream } from "../services/upstream-errors.js";

interface LocatedError extends Error {
  originalError?: unknown;
  nodes?: readonly ASTNode[];
  path?: readonly (string | number)[];
}

// Duck-typed: the executor may hand us GraphQLErrors from another copy of `graphql` (ESM/CJS).
const isLocated = (e: unknown): e is LocatedError => e instanceof Error && ("originalError" in e || "path" in e || "locations" in e);

/**
 * A variable that does not coerce to its type (`{"first": {}}`, an unknown enum value, a missing
 * required field) is the client's mistake: BAD_USER_INPUT, as the same value written inline is a
 * validation error. GraphQL's message quotes the whole value (`got invalid value {…}`), which may
 * hold a secret the client sent (an access token): the message keeps only the variable, the path
 * inside it and the reason.
 */
function variableError(located: LocatedError, original: unknown): GraphQLError | null {
  const match = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" /.exec(located.message);
  if (!match || located.path) return null;
  const reason = original instanceof Error && original !== located ? original.message : null;
  let message = located.message;
  if (reason && located.message.endsWith(`; ${reason}`) && located.message.includes(" got invalid value ")) {
    const prefix = located.message.slice(0, -(reason.length + 2));
    const at = / at "([^"]*)"$/.exec(prefix)?.[1];
    message = `Variable "$${match[1]}" got an invalid value${at ? ` at "${at}"` : ""}; ${reason}`;
  }
  return new GraphQLError(message, { nodes: located.nodes, extensions: { code: "BAD_USER_INPUT", variable: match[1] } });
}

/**
 * Yoga's error masking: an AppError (or an UpstreamError, mapped to one) reaches the client with
 * its stable `extensions.code` and details; a variable of the wrong type is BAD_USER_INPUT; a
 * database that cannot serve is SERVICE_UNAVAILABLE; GraphQL's own validation errors pass as they
 * are; everything else is logged and masked as INTERNAL_SERVER_ERROR.
 */
export function createMaskError(logger: Logger) {
  return (error: unknown, message: string): Error => {
    const located = isLocated(error) ? error : null;
    let original: unknown = located ? located.originalError : error;
    // Serial (mutation) execution can wrap a located error once more: unwrap to the cause.
    while (isLocated(original) && original.originalError) original = original.originalError;
    if (original instanceof UpstreamError) original = appErrorFromUpstream(original);
    const variable = located ? variableError(located, original) : null;
    if (variable) return variable;
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: { name: (original as Error).name, code: (original as { code?: unknown }).code } }, "database unavailable");
      original = serviceUnavailable(original);
    }
    const where = { nodes: located?.nodes, path: located?.path };
    if (isAppError(original)) return new GraphQLError(original.message, { ...where, extensions: { ...original.details, code: original.code } });
    if (located && !located.originalError) return located;
    logger.error({ err: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original) }, "unexpected error");
    return new GraphQLError(message, { ...where, extensions: { code: "INTERNAL_SERVER_ERROR" } });
  };
}
