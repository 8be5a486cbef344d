import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";

test.describe("what came of the promises", () => {
  test("the list and each clean filter are cached pages; a filter with a parameter to point out is rendered each time", async ({
    request,
  }) => {
    // Prerendered by the build; an earlier test's publish may have expired it, so ask twice.
    await request.get("/ja/commitments");
    const bare = await request.get("/ja/commitments");
    expect(bare.headers()["x-nextjs-cache"]).toBe("HIT");
    await request.get("/ja/commitments?side=JAPAN&commitment=PLEDGED");
    const again = await request.get("/ja/commitments?commitment=PLEDGED&side=JAPAN&year=");
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
    const odd = await request.get("/ja/commitments?commitment=PLEDGED&colour=red");
    expect(odd.headers()["cache-control"]).toContain("no-store");
    await expect(odd.text()).resolves.toContain("colour");
  });

  test("is in the main navigation and filters to pledges through its form", async ({
    page,
    request,
  }) => {
    await page.goto("/en");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Commitments" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What came of the promises");
    const all = await page.locator("main ol > li > ul > li").count();
    await page.getByLabel("Kind").selectOption("PLEDGED");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/commitment=PLEDGED/);
    const items = page.locator("main ol > li > ul > li");
    const pledged = await items.count();
    expect(pledged).toBeGreaterThan(0);
    expect(pledged).toBeLessThan(all);
    for (const item of await items.all())
      await expect(item.getByText("Pledged", { exact: true })).toBeVisible();
    await expect(page.getByRole("status")).toContainText(`${pledged} commitments`);
    // Each outcome links to its meeting, and the download holds the same outcomes.
    await expect(page.locator("main ol > li h2 a").first()).toHaveAttribute(
      "href",
      /\/en\/meetings\/.+#outcomes$/,
    );
    const href = await page.locator("a[href*='commitments.csv']").getAttribute("href");
    expect(href).toContain("commitment=PLEDGED");
    const rows = parse((await (await request.get(href!)).body()).toString("utf8"), {
      bom: true,
      columns: true,
    }) as unknown[];
    expect(rows).toHaveLength(pledged);
  });

  test("narrows by side, province and year together, and names what it could not use", async ({
    page,
  }) => {
    const response = await page.goto(
      "/ja/commitments?side=JAPAN&province=nghe-an&year=2019&status=NOPE&foo=1",
    );
    expect(response!.status()).toBe(200);
    await expect(
      page.getByText("次のパラメーターは解釈できないため無視しました：status, foo。"),
    ).toBeVisible();
    const items = page.locator("main ol > li > ul > li");
    expect(await items.count()).toBeGreaterThan(0);
    for (const item of await items.all()) await expect(item).toContainText("日本側");
    await expect(page.getByLabel("主体")).toHaveValue("JAPAN");
    await page.goto("/en/commitments?year=1950");
    await expect(page.getByText("No commitment matches these filters")).toBeVisible();
  });
});
