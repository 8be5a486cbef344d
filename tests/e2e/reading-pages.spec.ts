// Public pages are served from the cache without Next's client runtime (lib/cache/reading-page.js):
// the page must read and work as a whole, by links and GET forms, and staff pages keep their scripts.
import { expect, test, type Page } from "@playwright/test";

const runtime = /<script[^>]*src="\/_next\/static\/|__next_f|rel="preload" as="script"/;

/** Requests that failed or errors the page logged, from now on. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on(
    "console",
    (message) => void (message.type() === "error" && problems.push(message.text())),
  );
  page.on(
    "response",
    (response) =>
      void (response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`)),
  );
  return problems;
}

test.describe("reading pages", () => {
  test("a cached public page comes without Next's scripts, keeping its styles and structured data", async ({
    request,
  }) => {
    for (const path of ["/en/investment", "/vi/provinces/bac-ninh", "/ja/meetings"]) {
      await request.get(path); // a publish by an earlier test may have left it to render once
      const response = await request.get(path);
      expect(response.headers()["x-nextjs-cache"], path).toBe("HIT");
      const html = await response.text();
      expect(html, path).not.toMatch(runtime);
      expect(html, path).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css/);
    }
    expect(await (await request.get("/en/investment")).text()).toContain(
      '<script type="application/ld+json">',
    );
    expect(await (await request.get("/admin/sign-in")).text()).toMatch(runtime);
  });

  test("a cached page has an ETag made once: 304 when the reader has it, compressed once otherwise", async ({
    request,
  }) => {
    for (const path of [
      "/en/investment",
      "/vi/meetings?province=nghe-an",
      "/ja/provinces/nghe-an",
    ]) {
      await request.get(path); // rendered once, if an earlier test's publish expired it
      const plain = await request.get(path, { headers: { "Accept-Encoding": "identity" } });
      const etag = plain.headers().etag;
      expect(etag, path).toMatch(/^"[\w-]{27}"$/);
      expect(plain.headers()["content-encoding"], path).toBeUndefined();
      expect(plain.headers().vary, path).toContain("Accept-Encoding");

      // Brotli for a browser, gzip for a client without it: each the same page, a third or less.
      const sizes: Record<string, number> = {};
      for (const [accept, coding] of [
        ["gzip, deflate, br, zstd", "br"],
        ["gzip", "gzip"],
      ]) {
        const zipped = await request.get(path, { headers: { "Accept-Encoding": accept } });
        expect(zipped.headers()["content-encoding"], path).toBe(coding);
        expect(zipped.headers().etag, path).toBe(etag);
        sizes[coding] = Number(zipped.headers()["content-length"]);
        expect(sizes[coding], path).toBeLessThan(Number(plain.headers()["content-length"]) / 3);
        expect(await zipped.text(), path).toBe(await plain.text()); // Playwright decodes it
      }
      expect(sizes.br, path).toBeLessThan(sizes.gzip);

      for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
        const current = await request.get(path, { headers: { "If-None-Match": ifNoneMatch } });
        expect(current.status(), `${path} ${ifNoneMatch}`).toBe(304);
        expect((await current.body()).length, path).toBe(0);
        expect(current.headers().etag, path).toBe(etag);
        expect(current.headers()["content-encoding"], path).toBeUndefined();
      }
      const stale = await request.get(path, { headers: { "If-None-Match": '"an-older-page"' } });
      expect(stale.status(), path).toBe(200);
    }
    // Next sends the cache entry's headers with the page's React payload too: other bytes, no ETag.
    const payload = await request.get("/en/investment", {
      headers: { RSC: "1", "Accept-Encoding": "gzip", "If-None-Match": "*" },
    });
    expect(payload.status()).toBe(200);
    expect(payload.headers()["content-type"]).toContain("text/x-component");
    expect(payload.headers().etag).toBeUndefined();
    expect(await payload.text()).not.toContain("<html");
    // A missing page is never current, and nothing may keep it.
    const missing = await request.get("/en/no-such-page", { headers: { "If-None-Match": "*" } });
    expect(missing.status()).toBe(404);
    expect(missing.headers().etag).toBeUndefined();
    // Pages made per request, and Next's own files, are compressed per response.
    const staff = await request.get("/admin/sign-in", { headers: { "Accept-Encoding": "gzip" } });
    expect(staff.headers()["content-encoding"]).toBe("gzip");
    expect(staff.headers().etag).toBeUndefined();
  });

  test("a reader moves between pages by links and filters by forms, in each language, with nothing failing", async ({
    page,
  }) => {
    const problems = watchProblems(page);
    await page.goto("/vi/provinces/bac-ninh");
    await page.getByRole("navigation").getByRole("link", { name: "Các cuộc gặp" }).first().click();
    await expect(page).toHaveURL(/\/vi\/meetings$/);
    await page.getByRole("link", { name: "日本語" }).click();
    await expect(page).toHaveURL(/\/ja\/meetings$/);
    await page.getByLabel("省", { exact: true }).selectOption("nghe-an");
    await page.getByRole("button", { name: "絞り込む" }).click();
    await expect(page).toHaveURL(/\/ja\/meetings\?.*province=nghe-an/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/en/provinces/nghe-an#meetings");
    await expect(page.getByRole("heading", { name: "Meetings", level: 2 })).toBeInViewport();
    expect(problems).toEqual([]);
  });
});
