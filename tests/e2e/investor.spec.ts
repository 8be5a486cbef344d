import { expect, test } from "@playwright/test";

test.describe("an investor checking Japanese investment", () => {
  test("the FDI summary has a chart, the same numbers in a table, and sources", async ({
    page,
  }) => {
    await page.goto("/en/investment");
    const chart = page.locator("#latest svg[role=img]");
    await expect(chart).toBeVisible();
    await expect(chart.locator("title")).toContainText("latest reading per province");
    const table = page.locator("#latest table");
    // One bar per reading (a range adds a lighter band to its bar, not a bar of its own).
    await expect(table.getByRole("row")).toHaveCount(
      (await chart.locator("g > rect:not([data-range])").count()) + 1,
    );
    await expect(table).toContainText("Bac Ninh");
    await expect(table).toContainText("Nghe An");
    // Each bar's value is written in the table too, with its source.
    for (const label of await chart.locator("text").allTextContents()) {
      if (label.startsWith("US$") || /^(over|nearly|about) US\$/.test(label))
        await expect(table).toContainText(label);
    }
    await expect(table.locator("a[href^='http']").first()).toBeVisible();
  });

  test("the charts' text is readable on a phone and none of it is cut off, in each language", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    for (const locale of ["en", "vi", "ja"]) {
      await page.goto(`/${locale}/investment`);
      const charts = await page.locator("#latest svg[role=img], #history svg[role=img]").all();
      expect(charts.length, locale).toBe(2);
      for (const chart of charts) {
        const texts = await chart.evaluate((svg: SVGSVGElement) => {
          const scale = svg.getScreenCTM()?.a ?? 0;
          const { width } = svg.viewBox.baseVal;
          return [...svg.querySelectorAll("text")].map((text) => {
            const box = text.getBBox();
            const size = parseFloat(getComputedStyle(text).fontSize) * scale;
            return {
              text: text.textContent,
              size,
              inside: box.x >= 0 && box.x + box.width <= width,
            };
          });
        });
        for (const text of texts) {
          // 10 px on the screen: the chart was drawn 640 units wide, and showed its dates at 6 px.
          expect(text.size, `${locale}: ${text.text}`).toBeGreaterThanOrEqual(10);
          expect(text.inside, `${locale}: ${text.text} is cut off`).toBe(true);
        }
      }
    }
  });

  test("where two sources disagree, both are shown side by side", async ({ page }) => {
    await page.goto("/en/investment");
    const table = page.locator("#latest table");
    await expect(table).toContainText("US$72.19 million");
    await expect(table).toContainText("US$72.69 million");
    await expect(table.getByText("sources disagree").first()).toBeVisible();
  });

  test("every figure on a province page names its source and date", async ({ page }) => {
    await page.goto("/en/provinces/bac-ninh");
    const rows = page.locator("#investment tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      await expect(row.locator("a[href^='http']").first()).toBeAttached();
      await expect(row.locator("time").first()).toBeAttached();
    }
    await expect(page.locator("#boundaries")).toContainText("Bac Giang");
  });

  test("a figure's earlier readings are one link away, with their sources, without JavaScript", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/provinces/nghe-an");
    const history = page
      .locator("#investment tbody a", { hasText: /^History: \d+ earlier values?$/ })
      .first();
    // textContent: innerText is empty while its section is not yet laid out (content-visibility: auto).
    const count = Number(/\d+/.exec((await history.textContent())!)![0]);
    const row = await history.evaluate((link) => link.closest("tr")!.id);
    await history.click();
    await expect(page).toHaveURL(new RegExp(`/en/figures/nghe-an#${row}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Every figure for Nghe An");
    const earlier = page.locator(`[id="${row}"] ol > li`);
    await expect(earlier).toHaveCount(count);
    for (const reading of await earlier.all()) {
      await expect(reading.locator("a[href^='http']").first()).toBeAttached();
      await expect(reading.locator("time").first()).toBeAttached();
    }
    await context.close();
  });
});
