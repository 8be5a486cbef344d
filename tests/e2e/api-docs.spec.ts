import { expect, test } from "@playwright/test";

test.describe("the API reference", () => {
  test("lists every endpoint of the OpenAPI document, with working examples, limits, licence and feed", async ({
    page,
    request,
  }) => {
    const doc = await (await request.get("/api/openapi.json")).json();
    await page.goto("/en");
    await page.getByRole("contentinfo").getByRole("link", { name: "Open data and API" }).click();
    await expect(page).toHaveURL(/\/en\/api-docs$/);
    for (const path of Object.keys(doc.paths))
      await expect(
        page.getByRole("heading", { name: new RegExp(`GET ${path.replace(/[{}]/g, "\\$&")}$`) }),
      ).toBeVisible();
    await expect(page.getByText("limit 1–200 items")).toBeVisible();
    await expect(page.getByRole("link", { name: "CC BY 4.0" })).toHaveAttribute(
      "href",
      "https://creativecommons.org/licenses/by/4.0/",
    );
    for (const example of await page.locator("#endpoints a").all()) {
      const href = (await example.getAttribute("href"))!;
      expect((await request.get(href)).status(), href).toBe(200);
    }
    const feed = page.locator("#feed a[hreflang=ja]");
    expect(
      (await request.get((await feed.getAttribute("href"))!)).headers()["content-type"],
    ).toContain("application/atom+xml");
  });

  test("the meetings list announces its Atom feed", async ({ page }) => {
    await page.goto("/ja/meetings");
    await expect(page.locator("link[rel=alternate][type='application/atom+xml']")).toHaveAttribute(
      "href",
      /\/api\/feeds\/meetings\/ja$/,
    );
  });
});
