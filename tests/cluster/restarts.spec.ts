// Restarts: a server restarted after a publish shows it, `npm start` with a current build
// starts without building and without the database, and a server stopped and restarted
// under load loses no acknowledged save.
import { expect, test } from "@playwright/test";
import { startNodeBalancer } from "../../lib/cluster/node-balancer";
import { readBuildStamp } from "../../lib/ops/build-stamp";
import { boot } from "../../lib/ops/boot";
import { createEditor, fillNewMeeting, signIn } from "../e2e/staff";
import { newMeetingForm, postNewMeeting, savedMeetings } from "./forms";
import { Server, twoServers } from "./servers";
import { freePort } from "../../lib/ops/embedded-postgres";

test.describe.configure({ mode: "serial" });

const heading = async (url: string) =>
  /<h1[^>]*>([^<]*)<\/h1>/.exec(await (await fetch(url)).text())?.[1] ?? null;
const listed = async (url: string, text: string) =>
  (await (await fetch(url)).text()).includes(text);

test("a change published before a restart is public after it", async ({ browser }) => {
  const [a] = await twoServers();
  await a.start();
  try {
    const page = await (await browser.newContext({ baseURL: a.url })).newPage();
    await signIn(page, await createEditor());
    const slug = `restart-visit-${Date.now().toString(36)}`;
    await fillNewMeeting(page, slug, `Published before a restart ${slug}`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft saved.")).toBeVisible();
    await page.getByRole("button", { name: "Publish version 1" }).click();
    await expect(
      page.getByText("Published: the public pages show this version now."),
    ).toBeVisible();

    // Nobody reads the public pages before the restart: .next holds only older renders of
    // the meetings list (the build's, the earlier suites').
    await a.stop();
    await a.start();
    expect(await listed(`${a.url}/en/meetings`, `Published before a restart ${slug}`)).toBe(true);
    expect(await heading(`${a.url}/en/meetings/${slug}`)).toBe(
      `Published before a restart ${slug}`,
    );
  } finally {
    await a.stop();
  }
});

test("a restart with a current build does not build, and serves prerendered pages while PostgreSQL is down", async () => {
  test.setTimeout(120_000);
  const unreachable = "postgresql://portal:portal@127.0.0.1:9/portal";
  const before = await readBuildStamp();
  const env = await boot(unreachable, { servers: 1 });
  expect(env).toEqual({ DATABASE_URL: unreachable });
  expect(await readBuildStamp(), "the build was not redone").toEqual(before);

  const [server] = await twoServers();
  const offline = new Server(server.port, env);
  await offline.start();
  try {
    for (const path of ["/en", "/en/meetings", "/en/partners/kanagawa"]) {
      const response = await fetch(`${offline.url}${path}`);
      expect(response.status, path).toBe(200);
    }
  } finally {
    await offline.stop();
  }
});

test("a server stopped and restarted under load loses no acknowledged save", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const [a, b] = await twoServers();
  await Promise.all([a.start(), b.start()]);
  const entryPort = await freePort();
  const balancer = await startNodeBalancer(entryPort, [a.url, b.url]);
  const entry = `http://127.0.0.1:${entryPort}`;
  try {
    const page = await (
      await browser.newContext({ baseURL: a.url, javaScriptEnabled: false })
    ).newPage();
    await signIn(page, await createEditor());
    const base = `load-${Date.now().toString(36)}`;
    const form = await newMeetingForm(page, base);

    const acknowledged = new Map<string, number>();
    let sent = 0;
    async function save(slug: string) {
      const id = await postNewMeeting(entry, form, slug);
      if (id) acknowledged.set(slug, id);
    }
    const TOTAL = 40;
    const workers = Array.from({ length: 4 }, async () => {
      while (sent < TOTAL) await save(`${base}-${sent++}`);
    });
    // Stop B (SIGTERM) a quarter of the way in, then start it again, while saves go on.
    const restart = (async () => {
      await expect
        .poll(() => acknowledged.size, { timeout: 120_000 })
        .toBeGreaterThanOrEqual(TOTAL / 4);
      await b.stop();
      await b.start();
    })();
    await Promise.all([...workers, restart]);

    const saved = await savedMeetings(`${base}-`);
    for (const [slug, id] of acknowledged)
      expect(saved.get(slug), `acknowledged save ${slug}`).toEqual([id]);
    for (const [slug, ids] of saved) expect(ids.length, `${slug} saved once`).toBe(1);
    expect(acknowledged.size, "most saves were acknowledged").toBeGreaterThan(TOTAL / 2);
  } finally {
    await balancer.close();
    await Promise.all([a.stop(), b.stop()]);
  }
});
