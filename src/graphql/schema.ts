import { lexicographicSortSchema, printSchema } from "graphql";
import { builder } from "./builder.js";
import "./types/enums.js";
import "./types/provider.js";
import "./types/connection.js";
import "./types/viewer.js";
import "./types/oauth.js";
import "./types/connect.js";
import "./types/tool.js";
import "./types/scopes.js";
import "./types/credential.js";
import "./types/resource.js";
import "./types/resource-types.js";
import "./types/resource-queries.js";
import "./types/bound-resource.js";

/** The schema, built once per process; everything per request comes from the context. */
export const schema = builder.toSchema();

/** The SDL committed as schema.graphql (sorted, so diffs stay readable). */
export const printedSchema = () => printSchema(lexicographicSortSchema(schema));
