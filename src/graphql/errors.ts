import { GraphQLError } from "graphql";
import { AppError, isAppError } from "../errors.js";
import type { Logger } from "../logger.js";
import { UpstreamError } from "../providers/http.js";
import { appErrorFromUpstream } from "../services/upstream-errors.js";

/**
 * Yoga's error masking: an AppError (or an UpstreamError, mapped to one) reaches the client with
 * its stable `extensions.code` and details; GraphQL's own validation errors pass as they are;
 * everything else is logged and masked as INTERNAL_SERVER_ERROR.
 */
export function createMaskError(logger: Logger) {
  return (error: unknown, message: string): Error => {
    const graphQLError = isGraphQLError(error) ? error : null;
    let original: unknown = graphQLError ? graphQLError.originalError : error;
    if (original instanceof UpstreamError) original = appErrorFromUpstream(original);
    if (isAppError(original)) return toGraphQLError(original, graphQLError);
    if (graphQLError && !graphQLError.originalError) return graphQLError;
    logger.error({ err: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original) }, "unexpected error");
    return new GraphQLError(message, { nodes: graphQLError?.nodes, path: graphQLError?.path, extensions: { code: "INTERNAL_SERVER_ERROR" } });
  };
}

/** Errors located by the executor may come from another copy of graphql-js (ESM/CJS): brand-check, not instanceof. */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError || Object.prototype.toString.call(error) === "[object GraphQLError]";
}

function toGraphQLError(error: AppError, located: GraphQLError | null): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: located?.nodes,
    path: located?.path,
    extensions: { ...error.details, code: error.code },
  });
}
