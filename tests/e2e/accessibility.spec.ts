import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { publicPaths } from "./public-pages";
import { createEditor, signIn } from "./staff";

// WCAG 2.2 AA, as far as a machine can check it: contrast, names, labels, landmarks, ARIA.
const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(wcag)
    .exclude("nextjs-portal")
    .analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(found, `on ${page.url()}`).toEqual([]);
}

// Every public page in each language: Vietnamese and Japanese pages have longer words,
// other scripts and the "English original" markers, so each is checked in its own right.
const publicPages = publicPaths.flatMap((path) =>
  ["en", "vi", "ja"].map((locale) => `/${locale}${path}`),
);

test.describe("accessibility (axe, WCAG 2.2 AA rules)", () => {
  for (const path of publicPages) {
    test(`public page ${path}`, async ({ page }) => {
      test.slow(); // the largest pages take a while to analyse on a shared machine
      await page.goto(path);
      await expectNoViolations(page);
    });
  }

  test("sign-in page, and its refusal", async ({ page }) => {
    await page.goto("/admin/sign-in");
    await expectNoViolations(page);
    await page.getByLabel("Email").fill("nobody@example.org");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: /sign in/i }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expectNoViolations(page);
  });

  test("staff lists and every area's form", async ({ page }) => {
    test.slow(); // eleven pages, each analysed in full
    await signIn(page, await createEditor());
    for (const path of ["/admin", "/admin/meetings", "/admin/account"]) {
      await page.goto(path);
      await expectNoViolations(page);
    }
    for (const area of [
      "meetings",
      "relationships",
      "figures",
      "people",
      "places",
      "territories",
      "sectors",
      "sources",
    ]) {
      await page.goto(`/admin/${area}`);
      await page.locator("main ul a").first().click();
      await expect(page.getByRole("button", { name: "Save draft" })).toBeVisible();
      await expectNoViolations(page);
    }
  });

  test("the admin's pages: staff accounts and the audit log", async ({ page }) => {
    await signIn(page, await createEditor("ADMIN"));
    for (const path of ["/admin/users", "/admin/audit"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoViolations(page);
    }
  });

  test("a staff form showing its errors", async ({ page }) => {
    await signIn(page, await createEditor());
    await page.goto("/admin/meetings/new");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("English text is required").first()).toBeVisible();
    await expectNoViolations(page);
  });
});
