import path from "node:path";
import { defineConfig } from "vitest/config";

// Operations tests: real web servers (lib/server/serve.ts) on the production build, against
// the end-to-end database, which they pause and resume. `npm test` runs them after
// Playwright, with DATABASE_URL and PORTAL_TEST_PG_DATA (that cluster's data folder) set.
export default defineConfig({
  root: path.resolve(import.meta.dirname, "../.."),
  test: {
    include: ["tests/ops/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
