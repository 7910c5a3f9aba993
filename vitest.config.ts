import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores here: one fork per core; each test file gets its own database.
    pool: "forks",
    maxWorkers: 2,
  },
});
