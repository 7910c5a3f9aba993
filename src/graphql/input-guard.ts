import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import { isStorableText } from "../text.js";

const refusal = (where: string, extensions: Record<string, unknown>, nodes?: ASTNode) =>
  new GraphQLError(`${where} contains a NUL character or an unpaired UTF-16 surrogate, which no argument may carry`, {
    nodes,
    extensions: { code: "BAD_USER_INPUT", ...extensions },
  });

/** The path (`input.label`, `ids.2`) of the first string in a variable value that cannot be stored. */
function badPathIn(name: string, value: unknown): string | null {
  const stack: [string, unknown][] = [[name, value]];
  while (stack.length) {
    const [path, v] = stack.pop()!;
    if (typeof v === "string") {
      if (!isStorableText(v)) return path;
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([`${path}.${i}`, item]));
    } else if (v && typeof v === "object") {
      for (const [key, item] of Object.entries(v)) {
        if (!isStorableText(key)) return path;
        stack.push([`${path}.${key}`, item]);
      }
    }
  }
  return null;
}

/** A refusal for the first unstorable string among the variables and the document's literals. */
export function findUnstorableInput(document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError | null {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const path = badPathIn(name, value);
    if (path) return refusal(`The variable \`$${path}\``, { variable: path });
  }
  let found: GraphQLError | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found || isStorableText(node.value)) return;
      const argument = [...ancestors, parent].reverse().find((a): a is ASTNode => !Array.isArray(a) && (a as ASTNode).kind === Kind.ARGUMENT) as { name?: { value: string } } | undefined;
      const name = argument?.name?.value;
      found = refusal(name ? `The argument \`${name}\`` : "A string literal", name ? { argument: name } : {}, node);
    },
  });
  return found;
}

/**
 * Yoga plugin: refuses, once for the whole request and before any resolver runs, a string
 * argument (a literal, or anywhere inside a variable) holding text no store can keep (see
 * ../text.ts), so no argument carries one to the database or an upstream: BAD_USER_INPUT.
 */
export function useStorableInput(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = findUnstorableInput(args.document, args.variableValues as Record<string, unknown> | undefined);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
  };
}
