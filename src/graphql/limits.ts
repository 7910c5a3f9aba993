import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { costLimitPlugin } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Config } from "../config.js";

/** The stable `extensions.code` of each document limit (README "Limits"). */
export const QUERY_LIMIT_CODES = {
  tokens: "MAX_TOKENS_EXCEEDED",
  depth: "MAX_DEPTH_EXCEEDED",
  aliases: "MAX_ALIASES_EXCEEDED",
  directives: "MAX_DIRECTIVES_EXCEEDED",
  cost: "MAX_COST_EXCEEDED",
  introspection: "INTROSPECTION_DISABLED",
} as const;

/**
 * GraphQL Armor's rejection, re-thrown with our stable code and the limit (Armor's own errors carry
 * no code). Throwing from `onReject` ends parsing (tokens) or validation at the first limit hit.
 */
const rejectWith = (code: string, limit: number) => ({
  onReject: [
    (_context: ValidationContext | null, error: GraphQLError) => {
      throw new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { code, limit } });
    },
  ],
});

/** graphql-js's own rule, its refusal given a stable code. */
const noIntrospection: ValidationRule = (context) =>
  NoSchemaIntrospectionCustomRule(
    new Proxy(context, {
      get: (target, property) =>
        property === "reportError"
          ? (error: GraphQLError) => target.reportError(new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: QUERY_LIMIT_CODES.introspection } }))
          : Reflect.get(target, property, target),
    }),
  );

/**
 * The document limits, checked before execution: tokens while parsing (a huge document is never
 * built), then depth, aliases (`__typename` ones too), directives and cost while validating; in
 * production also no introspection and no "did you mean" suggestions unless switched on.
 */
export function graphqlLimitPlugins(limits: Config["limits"]): Plugin[] {
  const g = limits.graphql;
  return [
    maxTokensPlugin({ n: g.maxTokens, ...rejectWith(QUERY_LIMIT_CODES.tokens, g.maxTokens) }),
    maxDepthPlugin({ n: g.maxDepth, ...rejectWith(QUERY_LIMIT_CODES.depth, g.maxDepth) }),
    maxAliasesPlugin({ n: g.maxAliases, allowList: [], ...rejectWith(QUERY_LIMIT_CODES.aliases, g.maxAliases) }),
    maxDirectivesPlugin({ n: g.maxDirectives, ...rejectWith(QUERY_LIMIT_CODES.directives, g.maxDirectives) }),
    costLimitPlugin({ maxCost: g.maxCost, ...rejectWith(QUERY_LIMIT_CODES.cost, g.maxCost) }),
    ...(limits.introspection ? [] : [{ onValidate: ({ addValidationRule }) => addValidationRule(noIntrospection) } satisfies Plugin]),
    ...(limits.suggestions ? [] : [blockFieldSuggestionsPlugin() as Plugin]),
  ] as Plugin[];
}
