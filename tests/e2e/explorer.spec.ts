import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { createEditor, signIn } from "./staff";

/** The chart that is showing at this width (a phone and a desktop each get their own layout). */
const visibleChart = (page: Page) => page.locator("#chart svg[role=img]:visible");

test.describe("the FDI explorer", () => {
  test("a usable choice is a cached page after its first request, in any order; an impossible one is rendered each time", async ({
    request,
  }) => {
    await request.get("/vi/explorer?place=nghe-an&place=kanagawa&counterpart=all");
    // The same places in another order and an empty field are the same choice: the same page.
    const again = await request.get(
      "/vi/explorer?place=kanagawa&place=nghe-an&counterpart=all&from=",
    );
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
    await expect(again.text()).resolves.toContain("Kanagawa");
    const impossible = await request.get("/vi/explorer?place=nghe-an&from=2030&to=2000");
    expect(impossible.status()).toBe(200);
    expect(impossible.headers()["cache-control"]).toContain("no-store");
    // A place that does not exist never gets a cached page of its own.
    const unknown = await request.get("/vi/explorer?place=atlantis");
    expect(unknown.headers()["cache-control"]).toContain("no-store");
  });

  test("a choice made in the form goes into the address and redraws the chart and table", async ({
    page,
  }) => {
    await page.goto("/en/explorer");
    await expect(visibleChart(page)).toBeVisible();
    await page.getByRole("checkbox", { name: "Nghe An", exact: true }).uncheck();
    await page.getByLabel("Measure").selectOption("FDI_PROJECTS");
    await page.getByLabel("From (year)").selectOption("2015");
    await page.getByLabel("To (year)").selectOption("2025");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/[?&]measure=FDI_PROJECTS/);
    const url = new URL(page.url());
    expect(url.searchParams.getAll("place")).toEqual(["bac-ninh"]);
    expect(url.searchParams.get("from")).toBe("2015");

    const chart = visibleChart(page);
    await expect(chart.locator("title")).toHaveText("FDI projects from Japan: Bac Ninh");
    await expect(chart.locator("desc")).toContainText("readings");
    const rows = page.locator("#observations tbody tr");
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    // One mark or bar per reading, and every reading in the table with its date in the period and its source.
    expect(await chart.locator("[data-reading], [data-range]").count()).toBe(count);
    for (const row of await rows.all()) {
      await expect(row.locator("th")).toContainText("Bac Ninh");
      const year = Number(
        (await row.locator("time").first().getAttribute("datetime"))!.slice(0, 4),
      );
      expect(year).toBeGreaterThanOrEqual(2015);
      await expect(row.locator("a[href^='http']").first()).toBeAttached();
    }
  });

  test("the CSV download holds exactly the table's readings", async ({ page, request }) => {
    await page.goto(
      "/en/explorer?place=bac-ninh&place=nghe-an&counterpart=japan&measure=FDI_REGISTERED_CAPITAL",
    );
    const ids = await page
      .locator("#observations tbody tr")
      .evaluateAll((rows) => rows.map((r) => Number(r.id.replace("reading-", ""))));
    const href = await page.locator("#observations a[href*='figures.csv']").getAttribute("href");
    expect(href).toContain("measure=FDI_REGISTERED_CAPITAL");
    const csv = parse((await (await request.get(href!)).body()).toString("utf8"), {
      bom: true,
      columns: true,
    }) as { id: string }[];
    expect(csv.map((r) => Number(r.id))).toEqual(ids);
  });

  test("disagreeing readings of one date are drawn as separate, hollow marks and explained", async ({
    page,
  }) => {
    await page.goto("/en/explorer?place=nghe-an&measure=FDI_REGISTERED_CAPITAL");
    const conflicting = visibleChart(page).locator("[data-conflict]");
    expect(await conflicting.count()).toBeGreaterThan(1);
    await expect(page.getByText("Hollow marks side by side")).toBeVisible();
    await expect(page.locator("#observations").getByText("Sources disagree").first()).toBeVisible();
  });

  test("a conversion gives the stored rate with its year and publisher, and says where there is none", async ({
    page,
  }) => {
    await page.goto("/en/explorer?place=bac-ninh&counterpart=all&measure=GRDP&convert=USD");
    const table = page.locator("#observations table");
    await expect(table.getByRole("columnheader", { name: "In USD" })).toBeVisible();
    await expect(table.getByText(/^1 USD = 11,683\.33\d* VND, 1997 average:/)).toBeVisible();
    await expect(table.getByRole("link", { name: /World Bank/ }).first()).toBeVisible();
    await expect(table.getByText("Not converted: no stored rate for 2024").first()).toBeVisible();
  });

  test("an empty or impossible choice explains itself with a 200 page", async ({ page }) => {
    for (const [query, message] of [
      ["?measure=FDI_PROJECTS&counterpart=japan", "Choose at least one place"],
      ["?place=bac-ninh&from=2030&to=2000", "Choose years between 1945 and 2100"],
      ["?place=bac-ninh&measure=GDP", "Choose a measure from the list"],
      ["?place=bac-ninh&limit=-1", "does not know: limit"],
      [`?place=${"x".repeat(3000)}`, "Choose at least one place"],
      ["?place=kanagawa&measure=FDI_PROJECTS", "No figures for this choice"],
    ]) {
      const response = await page.goto(`/en/explorer${query}`);
      expect(response!.status(), query).toBe(200);
      await expect(page.getByRole("status").filter({ hasText: message })).toBeVisible();
    }
  });

  test("a figure published for a choice already shown appears in it at once, and goes on delete", async ({
    page,
    browser,
  }) => {
    // The page's body is cached per choice: this asks for it first, so the publish must expire it.
    const visitor = await browser.newPage();
    const choice = "/en/explorer?place=kochi&counterpart=all&measure=WORKERS&from=2026&to=2026";
    await visitor.goto(choice);
    await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(visitor.locator("main")).not.toContainText("7,531");

    await signIn(page, await createEditor());
    await page.goto("/admin/figures/new");
    const kochi = await page
      .locator("#field-territoryId option", { hasText: "Kochi" })
      .first()
      .getAttribute("value");
    await page.locator("#field-territoryId").selectOption(kochi!);
    await page.getByLabel("What is measured").selectOption("WORKERS");
    await page.getByLabel("Basis").selectOption("STOCK");
    await page.getByLabel("Value").fill("7,531");
    await page.getByLabel("Unit").selectOption("PERSONS");
    await page.getByLabel("As of / period end").fill("2026-10");
    const source = await page
      .locator("#field-sourceId option:not([value=''])")
      .first()
      .getAttribute("value");
    await page.locator("#field-sourceId").selectOption(source!);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft saved.")).toBeVisible();
    await page.getByRole("button", { name: /^Publish version \d+$/ }).click();
    await expect(
      page.getByText("Published: the public pages show this version now."),
    ).toBeVisible();

    await visitor.reload();
    await expect(visitor.locator("#observations")).toContainText("7,531");

    await page.getByRole("link", { name: "Delete…" }).click();
    await page.getByRole("button", { name: "Delete figure" }).click();
    await expect(page.getByText("Figure deleted.")).toBeVisible();
    await visitor.reload();
    await expect(visitor.locator("main")).not.toContainText("7,531");
    await visitor.close();
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/vi/explorer");
    await page.getByRole("checkbox", { name: "Bắc Ninh", exact: true }).uncheck();
    await page.getByRole("radio", { name: "Tất cả các nước" }).check();
    await page.getByRole("button", { name: "Xem" }).click();
    await expect(page).toHaveURL(/counterpart=all/);
    expect(new URL(page.url()).searchParams.getAll("place")).toEqual(["nghe-an"]);
    await expect(visibleChart(page)).toBeVisible();
    await expect(page.locator("#observations tbody tr").first()).toBeVisible();
    await context.close();
  });

  test("on a phone the chart keeps every label inside it and the page does not scroll sideways", async ({
    browser,
  }) => {
    for (const locale of ["en", "vi", "ja"]) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
      });
      const page = await context.newPage();
      await page.goto(
        `/${locale}/explorer?place=bac-ninh&place=nghe-an&counterpart=all&measure=GRDP&convert=JPY`,
      );
      const chart = visibleChart(page);
      await expect(chart).toBeVisible();
      const box = (await chart.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(390);
      for (const text of await chart.locator("text").all()) {
        const t = (await text.boundingBox())!;
        expect(t.x, `${locale} ${await text.textContent()}`).toBeGreaterThanOrEqual(box.x - 0.5);
        expect(t.x + t.width, `${locale} ${await text.textContent()}`).toBeLessThanOrEqual(
          box.x + box.width + 0.5,
        );
      }
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
      await context.close();
    }
  });

  test("describes the choice as a schema.org Dataset, safely serialized", async ({ page }) => {
    await page.goto("/en/explorer?place=bac-ninh");
    const json = JSON.parse(
      (await page.locator("script[type='application/ld+json']").textContent())!,
    );
    expect(json["@type"]).toBe("Dataset");
    expect(json.license).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(json.distribution.map((d: { encodingFormat: string }) => d.encodingFormat)).toEqual([
      "text/csv",
      "application/json",
    ]);
    expect(json.distribution[0].contentUrl).toContain("/api/downloads/figures.csv?place=bac-ninh");
  });
});
