import { expect, test } from "@playwright/test";

test.describe("search", () => {
  test("a search is a cached page after its first request; one too short is answered each time", async ({
    request,
  }) => {
    const q = `?q=${encodeURIComponent("神奈川")}`;
    await request.get(`/ja/search${q}`);
    const again = await request.get(`/ja/search${q}&utm_source=mail`); // ignored parameters: the same page
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(await again.text()).toMatch(/<mark[^>]*>神奈川<\/mark>/);
    const short = await request.get("/ja/search?q=x");
    expect(short.headers()["cache-control"]).toContain("no-store");
    // A text no address could spell in one piece still gets its page, intact.
    const long = await request.get(
      `/en/search?q=${encodeURIComponent("a/b ~ %41 ".repeat(10).trim())}`,
    );
    expect(long.status()).toBe(200);
    expect(await long.text()).toContain("a/b ~ %41");
  });

  test('"nghe an" typed in the header finds Nghệ An and leads to its page', async ({ page }) => {
    await page.goto("/vi");
    const box = page.getByRole("search", { name: "Tìm kiếm trên cổng thông tin" });
    await box.getByRole("searchbox").fill("nghe an");
    await box.getByRole("button").click();
    await expect(page).toHaveURL(/\/vi\/search\?q=nghe\+an/);
    const places = page.locator("section", {
      has: page.getByRole("heading", { name: /Địa phương/ }),
    });
    const first = places.getByRole("link").first();
    await expect(first).toHaveText("Nghệ An");
    await expect(first.locator("mark")).toHaveText("Nghệ An");
    await first.click();
    await expect(page).toHaveURL(/\/vi\/provinces\/nghe-an$/);
  });

  test("finds Kanagawa from Japanese text, and from a typo", async ({ page }) => {
    await page.goto(`/ja/search?q=${encodeURIComponent("神奈川")}`);
    await expect(page.getByRole("link", { name: "神奈川県" }).first()).toBeVisible();
    await expect(page.locator("mark").first()).toHaveText("神奈川");
    await page.goto("/en/search?q=kanagwa");
    await expect(page.getByRole("link", { name: "Kanagawa Prefecture" }).first()).toBeVisible();
  });

  test("shows a query with markup as text, never as markup", async ({ page }) => {
    await page.goto(`/en/search?q=${encodeURIComponent("<b>Nghe</b>")}`);
    await expect(page.getByRole("status")).toContainText("“<b>Nghe</b>”");
    await expect(page.locator("main b")).toHaveCount(0);
    await expect(page.getByLabel("Places, people, meetings, sectors, sources")).toHaveValue(
      "<b>Nghe</b>",
    );
  });

  test("explains an empty query, a fruitless one and an overlong one", async ({ page }) => {
    await page.goto("/en/search");
    await expect(page.getByRole("status")).toContainText("Type what you are looking for");
    await page.goto("/en/search?q=zzzzqqqq");
    await expect(page.getByRole("status")).toHaveText("Nothing found for “zzzzqqqq”.");
    const response = await page.goto(`/en/search?q=${"a".repeat(5000)}`);
    expect(response!.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText("under 100 characters");
    expect(
      (await page.getByLabel("Places, people, meetings, sectors, sources").inputValue()).length,
    ).toBe(100);
  });
});
