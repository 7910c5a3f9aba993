import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printedSchema } from "../../src/graphql/schema.js";

describe("schema.graphql", () => {
  it("is the schema the code builds (run `npm run schema:print` after changing types)", () => {
    expect(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8")).toBe(printedSchema() + "\n");
  });
});
