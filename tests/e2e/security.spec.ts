import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { createEditor, signIn } from "./staff";

function expectSecurityHeaders(response: APIResponse, path: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], path).toContain("camera=()");
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
  expect(headers["x-request-id"], path).toMatch(/^[0-9a-f-]{36}$/);
  // Served over plain HTTP here (no https PORTAL_PUBLIC_URL): no HSTS. tests/ops covers https.
  expect(headers["strict-transport-security"], path).toBeUndefined();
}

/** CSP violations and failed subresource requests, as the browser reports them. */
async function watchForProblems(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    ),
  );
  page.on("console", (message) => {
    if (/content security policy|csp violation/i.test(message.text()))
      problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest())
      problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

test.describe("security headers", () => {
  test("every kind of response carries them", async ({ page, request }) => {
    await page.goto("/admin/sign-in"); // public pages are served without Next's scripts
    const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
    for (const path of [
      "/en",
      "/en/provinces/bac-ninh",
      "/en/meetings?province=nghe-an",
      "/no-such-page",
      "/admin/sign-in",
      "/api/health",
      script!,
    ]) {
      expectSecurityHeaders(await request.get(path, { maxRedirects: 0 }), path);
    }
    // Only a signed-in editor's window is worth cutting off from the page that opened it.
    expect((await request.get("/admin/sign-in")).headers()["cross-origin-opener-policy"]).toBe(
      "same-origin",
    );
    expect((await request.get("/en")).headers()["cross-origin-opener-policy"]).toBeUndefined();
  });

  test("public pages allow only this origin; staff pages run only scripts with this response's nonce", async ({
    page,
    request,
  }) => {
    const publicPolicy = (await request.get("/en")).headers()["content-security-policy"];
    expect(publicPolicy).toContain("script-src 'self' 'unsafe-inline'");
    expect(publicPolicy).toContain("object-src 'none'");
    expect(publicPolicy).not.toContain("nonce-");

    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const response = await page.goto("/admin/sign-in");
      const policy = response!.headers()["content-security-policy"];
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(policy).toContain("'strict-dynamic'");
      expect(nonce).toBeTruthy();
      const scriptNonces = await page
        .locator("script")
        .evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
      expect(scriptNonces.length).toBeGreaterThan(0);
      expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test("no page logs a policy violation or a failed request, public or staff, with JavaScript", async ({
    page,
  }) => {
    test.slow();
    const problems = await watchForProblems(page);
    for (const path of [
      "/en",
      "/en/provinces/bac-ninh",
      "/en/meetings?province=nghe-an",
      "/en/investment",
      "/en/provinces/no-such-place",
    ]) {
      await page.goto(path);
    }
    // Client-side navigation fetches the next page's data with the browser's own policy in force.
    await page.goto("/en");
    await page.getByRole("main").getByRole("link", { name: "Bac Ninh", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/provinces\/bac-ninh$/);

    await signIn(page, await createEditor());
    await page.goto("/admin/meetings/new");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("English text is required").first()).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test.describe("icons and operations endpoints", () => {
  test("pages name a favicon, a touch icon and a manifest, and each is served", async ({
    page,
    request,
  }) => {
    await page.goto("/en");
    const hrefs = await page
      .locator("link[rel='icon'], link[rel='apple-touch-icon'], link[rel='manifest']")
      .evaluateAll((links) => links.map((l) => l.getAttribute("href")!));
    expect(hrefs.some((href) => href.startsWith("/apple-icon"))).toBe(true);
    expect(hrefs.some((href) => href.startsWith("/manifest"))).toBe(true);
    for (const href of [...hrefs, "/favicon.ico"]) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()["content-type"], href).toMatch(/^image\/|manifest\+json/);
    }
  });

  test("/api/health and /api/ready answer JSON, never cached", async ({ request }) => {
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok" });
    expect(health.headers()["cache-control"]).toContain("no-store");

    const ready = await request.get("/api/ready");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, database: "ok", pendingMigrations: [] });
    expect(ready.headers()["cache-control"]).toContain("no-store");
  });
});

test.describe("writes from another site", () => {
  test("a sign-in post with a foreign Origin is refused with 403, never a 500", async ({
    page,
    request,
  }) => {
    // The real form, with its real action id, posted as another site's page would post it.
    await page.goto("/admin/sign-in");
    const form = page.locator("form").filter({ has: page.getByLabel("Password") });
    const fields = await form.evaluate(
      (element: HTMLFormElement) =>
        Object.fromEntries(new FormData(element).entries()) as Record<string, string>,
    );
    const multipart = { ...fields, email: "nobody@example.org", password: "wrong password" };
    const foreign = await request.post("/admin/sign-in", {
      multipart,
      headers: { origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(foreign.status()).toBe(403);
    // The same post from this site's own origin reaches the action (a refusal page, not a 403).
    const own = await request.post("/admin/sign-in", {
      multipart,
      headers: { origin: new URL(page.url()).origin },
      maxRedirects: 0,
    });
    expect(own.status()).toBeLessThan(400);
  });
});
