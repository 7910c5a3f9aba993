import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, type GraphQLSchema } from "graphql";
import { ROOT } from "./child.js";

let schema: GraphQLSchema | undefined;

/** Whether the gateway's printed schema (schema.graphql, kept in sync by a test) has this root field. */
export function hasRootField(operation: "query" | "mutation", name: string): boolean {
  schema ??= buildSchema(readFileSync(path.join(ROOT, "schema.graphql"), "utf8"));
  const type = operation === "query" ? schema.getQueryType() : schema.getMutationType();
  return !!type?.getFields()[name];
}
