/** `npm run schema:print`: writes the printed schema to schema.graphql. */
import { writeFileSync } from "node:fs";
import { printedSchema } from "../graphql/schema.js";

writeFileSync("schema.graphql", printedSchema() + "\n");
console.log("wrote schema.graphql");
