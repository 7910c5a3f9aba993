import { GraphQLError, type ASTNode } from "graphql";
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
 * Yoga's error masking: an AppError (or an UpstreamError, mapped to one) reaches the client with
 * its stable `extensions.code` and details; GraphQL's own validation errors pass as they are;
 * everything else is logged and masked as INTERNAL_SERVER_ERROR.
 */
export function createMaskError(logger: Logger) {
  return (error: unknown, message: string): Error => {
    const located = isLocated(error) ? error : null;
    let original: unknown = located ? located.originalError : error;
    // Serial (mutation) execution can wrap a located error once more: unwrap to the cause.
    while (isLocated(original) && original.originalError) original = original.originalError;
    if (original instanceof UpstreamError) original = appErrorFromUpstream(original);
    const where = { nodes: located?.nodes, path: located?.path };
    if (isAppError(original)) return new GraphQLError(original.message, { ...where, extensions: { ...original.details, code: original.code } });
    if (located && !located.originalError) return located;
    logger.error({ err: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original) }, "unexpected error");
    return new GraphQLError(message, { ...where, extensions: { code: "INTERNAL_SERVER_ERROR" } });
  };
}
