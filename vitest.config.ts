import path from "node:path";
import { defineConfig } from "vitest/config";

const here = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": here,
      // Outside Next.js: `server-only` would refuse to load, and the cache API needs Next's
      // runtime. The stand-in records invalidated tags so tests can assert on them.
      "server-only": path.join(here, "tests/support/empty-module.ts"),
      "next/cache": path.join(here, "tests/support/next-cache.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup-env.ts"],
    // Integration tests share one database; files run one after another.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
