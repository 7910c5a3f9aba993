import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * GraphQL Code Generator: typed documents for every `graphql(\`…\`)` in the tests and the picker
 * page, generated from the committed schema.graphql into src/gql/ (`npm run codegen`).
 * String mode: a document is its query text plus types, so the browser needs no GraphQL library.
 */
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["test/**/*.ts", "src/web/**/*.ts", "!src/gql/**"],
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        emitLegacyCommonJSImports: false,
        scalars: { DateTime: "string" },
        skipTypename: true,
      },
    },
  },
  ignoreNoDocuments: true,
};

export default config;
