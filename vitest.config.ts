import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) copies. Node — and so `npm start` and the
    // libraries vitest leaves external (graphql-yoga) — loads the CJS one; without this alias
    // vitest would hand our sources the ESM one, and `instanceof GraphQLError` would fail across
    // the two, masking every AppError as INTERNAL_SERVER_ERROR.
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores here: one fork per core; each test file gets its own database.
    pool: "forks",
    maxWorkers: 2,
  },
});
