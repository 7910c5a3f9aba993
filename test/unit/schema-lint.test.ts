import { readFileSync } from "node:fs";
import path from "node:path";
import graphqlPlugin from "@graphql-eslint/eslint-plugin";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The schema explains itself: @graphql-eslint's schema rules over schema.graphql (which a test keeps
 * identical to the code's schema): every type, field, argument and enum value has a description.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");

describe("schema.graphql lint (@graphql-eslint)", () => {
  it("describes every type, field, argument and enum value", async () => {
    const eslint = new ESLint({
      cwd: ROOT,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ["**/*.graphql"],
          languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: path.join(ROOT, "schema.graphql") } } },
          plugins: { "@graphql-eslint": graphqlPlugin as never },
          rules: {
            "@graphql-eslint/require-description": [
              "error",
              {
                types: true,
                rootField: true,
                FieldDefinition: true,
                InputValueDefinition: true,
                EnumValueDefinition: true,
                DirectiveDefinition: true,
              },
            ],
          },
        },
      ],
    });
    const [result] = await eslint.lintText(readFileSync(path.join(ROOT, "schema.graphql"), "utf8"), { filePath: path.join(ROOT, "schema.graphql") });
    const problems = result!.messages.map((m) => `${m.line}: ${m.message}`);
    expect(problems).toEqual([]);
  });
});
