import { expect, test } from "@playwright/test";

test.describe("a visitor browsing the portal", () => {
  test("home → province → partner → meeting", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Vietnam–Japan Partnership Portal",
    );

    await page.getByRole("main").getByRole("link", { name: "Bac Ninh", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/provinces\/bac-ninh$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bac Ninh");
    await expect(page).toHaveTitle(/Bac Ninh province/);

    // The Kanagawa relationship is a proposal, and the page says so.
    const kanagawa = page.locator("#partners").getByText("Bac Ninh – Kanagawa").locator("..");
    await expect(kanagawa).toContainText("Memorandum of cooperation");
    await expect(kanagawa).toContainText("Proposed");
    await kanagawa.getByRole("link", { name: /Kanagawa.*profile/ }).click();
    await expect(page).toHaveURL(/\/en\/partners\/kanagawa$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kanagawa Prefecture");
    await expect(page.getByText("神奈川県")).toBeVisible();

    const firstMeeting = page.locator("#meetings").getByRole("link").first();
    const title = await firstMeeting.innerText();
    await firstMeeting.click();
    await expect(page).toHaveURL(/\/en\/meetings\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
    await expect(page.locator("#sources a[href^='http']").first()).toBeVisible();
  });

  test("the 2019 Vinh conference shows its date, participants and sources", async ({ page }) => {
    await page.goto("/en/meetings?province=nghe-an&year=2019");
    const link = page.getByRole("link", { name: /Meeting Nghe An – Japan/ });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.getByRole("article").locator("time").first()).toHaveText("26 April 2019");
    await expect(page.locator("#participants")).toContainText("Japanese side");
    await expect(page.locator("#participants")).toContainText("Vietnamese side");
  });

  test("the meetings list filters by province, partner, year and sector without JavaScript", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/meetings");
    const count = () =>
      page
        .getByText(/^\d+ meetings?$/)
        .innerText()
        .then((text) => Number(text.split(" ")[0]));
    const total = await count();
    expect(total).toBeGreaterThan(5);
    await page.getByLabel("Province").selectOption("bac-ninh");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/province=bac-ninh/);
    const filtered = await count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    await page.getByLabel("Japanese partner").selectOption("kanagawa");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "Kanagawa" }).first()).toBeVisible();
    await context.close();
  });

  test("an unknown address answers 404 with a helpful page", async ({ page }) => {
    // Unknown language segments: tests/e2e/languages.spec.ts.
    for (const path of ["/en/nowhere/at/all", "/no-such-page"])
      expect((await page.goto(path))?.status(), path).toBe(404);
    // Each unknown record is asked for the first time here: the first answer must be 404 too
    // (with Cache Components, Next streams 200 before the page's notFound(); the web server checks first).
    const fresh = Date.now().toString(36);
    const response = await page.goto(`/en/provinces/atlantis-${fresh}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "All meetings" })).toBeVisible();
    // A province's slug under partners, a slug that is not one (capitals), unknown records.
    for (const path of [
      `/en/partners/lemuria-${fresh}`,
      `/en/meetings/no-such-meeting-${fresh}`,
      "/en/partners/bac-ninh",
      "/en/provinces/Bac-Ninh",
    ]) {
      expect((await page.request.get(path)).status(), path).toBe(404);
    }
  });

  test("a missing page reads without JavaScript, in the address's language, and is never kept", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const fresh = Date.now().toString(36);
    const cases = [
      [`/vi/provinces/atlantis-${fresh}`, "Không tìm thấy trang", "Trang chủ"],
      [`/ja/nowhere/${fresh}`, "ページが見つかりません", "ホーム"],
      ["/en/meetings-filtered/year-2019", "Page not found", "Home"], // an internal address
      [`/no-such-page-${fresh}`, "Page not found", "Home"],
      ["/xx/provinces/bac-ninh", "Page not found", "Home"],
      ["/en/page-not-found", "Page not found", "Home"],
    ];
    for (const [path, heading, home] of cases) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(response?.headers()["cache-control"], path).toBe("no-store");
      await expect(page.getByRole("heading", { level: 1, name: heading }), path).toBeVisible();
      await expect(
        page.getByRole("main").getByRole("link", { name: home, exact: true }),
        path,
      ).toBeVisible();
      expect(await page.locator('meta[name="robots"]').getAttribute("content"), path).toContain(
        "noindex",
      );
    }
    await context.close();
  });

  test("pages have titles, descriptions and a sitemap", async ({ page, request }) => {
    await page.goto("/en/investment");
    await expect(page).toHaveTitle(/Japanese investment/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /source/);
    const sitemap = await (await request.get("/sitemap.xml")).text();
    for (const lang of ["en", "vi", "ja"]) {
      expect(sitemap).toContain(`/${lang}/provinces/bac-ninh`);
      expect(sitemap).toContain(`/${lang}/partners/gifu`);
    }
  });
});
