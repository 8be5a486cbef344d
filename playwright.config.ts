import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// `npm test` builds the site, serves it against a throw-away seeded database and sets
// BASE_URL and DATABASE_URL. Never point these tests at a shared database.
const databaseUrl = process.env.DATABASE_URL ?? "";
if (databaseUrl && !/@(127\.0\.0\.1|localhost)[:/]/.test(databaseUrl)) {
  throw new Error("Refusing to run end-to-end tests against a non-local database.");
}

const chromium =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ??
  (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromium,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  // Generous bounds: the suite shares two cores with other builds and test runs, and a staff
  // form with many rows (the 2019 conference: 7 participants, 8 groups, 8 outcomes) takes
  // seconds to save and redraw on a loaded machine. Slowness is measured in benchmarks, not here.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: process.env.BASE_URL ?? "http://127.0.0.1:3000",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "chromium", testDir: "tests/e2e", use: browser },
    // Two servers of the same build, started by the tests themselves (tests/cluster/servers.ts).
    {
      name: "several-servers",
      testDir: "tests/cluster",
      use: browser,
      timeout: 300_000,
      expect: { timeout: 15_000 },
    },
  ],
});
