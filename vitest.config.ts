import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds. Node (and so Pothos, Yoga) loads the CJS
    // one; without this alias Vite would hand our sources the ESM one: two "realms" of graphql.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
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
