// An editor's save as `npm run bench:save` measures it: the record's staff form read once in
// Chromium without JavaScript (what a browser would post: every field, the server action's
// hidden inputs, the "Save draft" button), then posted again and again with fetch, each time
// at the draft's new version (each save is a real new revision, never a conflict).
import { chromium } from "@playwright/test";

export interface StaffForm {
  fields: [string, string][];
  cookie: string;
}

const chromiumPath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";
// Root, a closed network (see /work/shared/PLATFORM.md and playwright.config.ts).
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Signs in once, then reads the "edit" form of each published record at `paths` (one session). */
export async function readStaffForms(
  origin: string,
  account: { email: string; password: string },
  paths: string[],
): Promise<StaffForm[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await (
      await browser.newContext({ baseURL: origin, javaScriptEnabled: false })
    ).newPage();
    await page.goto("/admin/sign-in");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: /sign in/i }).click();
    await page.waitForURL(/\/admin$/);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const forms: StaffForm[] = [];
    for (const path of paths) {
      await page.goto(path);
      const fields = await page
        .locator("form:has(#field-title-en)")
        .evaluate((form: HTMLFormElement) => {
          const submitter = [...form.querySelectorAll("button")].find((button) =>
            button.textContent?.includes("Save draft"),
          );
          return [...new FormData(form, submitter)].map(
            ([key, value]) => [key, String(value)] as [string, string],
          );
        });
      forms.push({ fields, cookie });
    }
    return forms;
  } finally {
    await browser.close();
  }
}

/**
 * Saves `form` to `origin` `times` times in a row, each save at the version the last one made
 * (the first opens the draft: version 0 → 2, the published record becoming version 1), the
 * English summary changed each time. Returns each save's milliseconds; throws on a save that
 * was not acknowledged (a 303 to the draft with ?saved=1).
 */
export async function saveRepeatedly(
  origin: string,
  path: string,
  form: StaffForm,
  times: number,
): Promise<number[]> {
  const durations: number[] = [];
  let workingCopyId = "";
  let version = 0;
  for (let i = 0; i < times; i++) {
    const body = new FormData();
    for (const [key, value] of form.fields) {
      if (key === "ref.workingCopyId") body.append(key, workingCopyId);
      else if (key === "ref.version") body.append(key, String(version));
      else if (key === "summary.en")
        body.append(key, `${value.replace(/ \(bench \d+\)$/, "")} (bench ${i})`);
      else body.append(key, value);
    }
    const started = performance.now();
    const response = await fetch(origin + path, {
      method: "POST",
      body,
      headers: { cookie: form.cookie, origin },
      redirect: "manual",
    });
    await response.arrayBuffer();
    durations.push(performance.now() - started);
    const id = /\/admin\/[a-z-]+\/(\d+)\?saved=1/.exec(response.headers.get("location") ?? "")?.[1];
    if (response.status !== 303 || !id)
      throw new Error(`Save ${i} of ${path} was not acknowledged (${response.status}).`);
    version = workingCopyId ? version + 1 : 2;
    workingCopyId = id;
  }
  return durations;
}

/** The p-th percentile (nearest rank) of some milliseconds. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
