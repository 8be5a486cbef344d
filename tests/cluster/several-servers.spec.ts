// Two servers of one build on one database, as `npm run start:cluster` and production run
// them: what one server does, the other knows.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createEditor, fillNewMeeting, signIn } from "../e2e/staff";
import { twoServers, type Server } from "./servers";

test.describe.configure({ mode: "serial" });

let a: Server;
let b: Server;
const slug = `cluster-visit-${Date.now().toString(36)}`;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  [a, b] = await twoServers();
  await Promise.all([a.start(), b.start()]);
});
test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

async function editorOn(
  browser: Browser,
  server: Server,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, ...options });
  const page = await context.newPage();
  await signIn(page, await createEditor());
  return page;
}

async function publishFromForm(page: Page, version: number) {
  await page.getByRole("button", { name: `Publish version ${version}` }).click();
  await expect(page.getByText("Published: the public pages show this version now.")).toBeVisible();
}

const headingOf = async (server: Server, path: string) => {
  const html = await (await fetch(`${server.url}${path}`)).text();
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? null;
};

test("a publish on one server is seen on the other within a second", async ({ browser }) => {
  const page = await editorOn(browser, a);
  await fillNewMeeting(page, slug, `Cluster visit ${slug}`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await publishFromForm(page, 1);

  // Server B serves (and so caches) version 1 (its first render of a new page may be slow
  // on a busy machine; the timed part is below) ...
  const path = `/en/meetings/${slug}`;
  await expect.poll(() => headingOf(b, path), { timeout: 60_000 }).toBe(`Cluster visit ${slug}`);
  expect(await headingOf(b, path)).toBe(`Cluster visit ${slug}`);

  // ... then A publishes version 2, and B shows it to a request made within a second.
  await page.reload();
  await page.locator("#field-title-en").fill(`Cluster visit renamed ${slug}`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await publishFromForm(page, 2);
  const published = Date.now();
  let seenAfterMs: number | null = null;
  while (seenAfterMs === null && Date.now() - published < 1_000) {
    const sent = Date.now();
    if ((await headingOf(b, path)) === `Cluster visit renamed ${slug}`)
      seenAfterMs = sent - published;
  }
  expect(
    seenAfterMs,
    "B served the new version to a request sent within 1 s of the publish",
  ).not.toBeNull();
});

test("a form rendered by one server and posted to the other saves", async ({ browser }) => {
  // Without JavaScript the form posts itself (action id, encrypted state and all). The post
  // is answered by B, with the public host a balancer would forward; the browser sees the
  // answer under A's address, as it would behind a balancer (the staff CSP's form-action
  // 'self' rightly refuses a redirect to another origin, so the post cannot just go to B).
  const page = await editorOn(browser, a, { javaScriptEnabled: false });
  const otherSlug = `${slug}-b`;
  await fillNewMeeting(page, otherSlug, `Saved through B ${otherSlug}`);
  const answeredByB: number[] = [];
  await page.route(`${a.url}/**`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    const headers = { ...(await request.allHeaders()), "x-forwarded-host": new URL(a.url).host };
    const response = await route.fetch({
      url: request.url().replace(a.url, b.url),
      headers,
      maxRedirects: 0,
    });
    answeredByB.push(response.status());
    return route.fulfill({ response });
  });
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  expect(answeredByB, "B answered the post with a redirect to the saved draft").toEqual([303]);
  await expect(page.locator("#field-title-en")).toHaveValue(`Saved through B ${otherSlug}`);
});

test("sign-in throttling counts the failures made on both servers", async ({ browser }) => {
  const account = await createEditor();
  const context = await browser.newContext();
  const page = await context.newPage();
  async function attempt(server: Server, password: string) {
    await page.goto(`${server.url}/admin/sign-in`);
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: /sign in/i }).click();
  }
  for (const server of [a, b, a, b, a]) {
    await attempt(server, "not the password");
    await expect(page.getByText("Email or password is incorrect")).toBeVisible();
  }
  await attempt(b, account.password);
  await expect(page.getByText(/too many attempts/i)).toBeVisible();
  expect(page.url()).toContain("/admin/sign-in");
});
