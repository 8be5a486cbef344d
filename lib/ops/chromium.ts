import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's Chromium stands in for Playwright's own browsers, which cannot be downloaded here. */
export function ensureChromium() {
  if (existsSync("/usr/bin/chromium") || process.env.PLAYWRIGHT_CHROMIUM_PATH) return;
  if (process.getuid?.() !== 0)
    throw new Error(
      "Chromium is missing: install Debian's chromium package (apt-get install chromium).",
    );
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit" });
}
