import { expect, test } from "@playwright/test";

// The open-data routes through the real production server: the API as the web server writes
// it (not only the router the Vitest suite calls directly), the rest through Next.
test.describe("open data through the built site", () => {
  test("the API answers pages with ETag, CORS and 304, and problems for bad input", async ({
    request,
  }) => {
    const first = await request.get("/api/v1/places?limit=2");
    expect(first.status()).toBe(200);
    expect(first.headers()["access-control-allow-origin"]).toBe("*");
    const body = await first.json();
    expect(body.data).toHaveLength(2);
    expect(body.nextCursor).toBeTruthy();
    const again = await request.get("/api/v1/places?limit=2", {
      headers: { "If-None-Match": first.headers().etag },
    });
    expect(again.status()).toBe(304);
    const bad = await request.get("/api/v1/figures?limit=-1");
    expect(bad.status()).toBe(400);
    expect(bad.headers()["content-type"]).toContain("application/problem+json");
    expect((await request.get("/api/v1/places/atlantis")).status()).toBe(404);
    const preflight = await request.fetch("/api/v1/meetings", { method: "OPTIONS" });
    expect(preflight.status()).toBe(204);
    const write = await request.post("/api/v1/meetings", { data: {} });
    expect(write.status()).toBe(405);
    expect(write.headers().allow).toBe("GET, HEAD, OPTIONS");
    for (const address of ["/api/v1/nothing", "/api/nothing/at/all"]) {
      const missing = await request.get(address);
      expect(missing.status(), address).toBe(404);
      expect(missing.headers()["content-type"], address).toContain("application/problem+json");
    }
    expect((await request.get("/api/health")).status()).toBe(200); // Next's own API routes stay Next's
  });

  test("a long list goes compressed to a client that asks, and decodes to the same JSON", async ({
    request,
  }) => {
    const plain = await request.get("/api/v1/meetings", {
      headers: { "Accept-Encoding": "identity" },
    });
    expect(plain.headers()["content-encoding"]).toBeUndefined();
    for (const [accept, coding] of [
      ["gzip", "gzip"],
      ["gzip, deflate, br", "br"],
    ]) {
      const zipped = await request.get("/api/v1/meetings", {
        headers: { "Accept-Encoding": accept },
      });
      expect(zipped.headers()["content-encoding"]).toBe(coding);
      expect(Number(zipped.headers()["content-length"])).toBeLessThan(
        Number(plain.headers()["content-length"]) / 3,
      );
      expect(await zipped.text()).toBe(await plain.text()); // Playwright decodes it
      expect(zipped.headers().etag).toBe(plain.headers().etag);
    }
  });

  test("the OpenAPI document, a CSV download and the Atom feed are served", async ({ request }) => {
    expect((await (await request.get("/api/openapi.json")).json()).openapi).toBe("3.1.0");
    const csv = await request.get("/api/downloads/figures.csv?place=bac-ninh");
    expect(csv.status()).toBe(200);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("source_url");
    const feed = await request.get("/api/feeds/meetings/vi");
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  });
});
