// Mixed load across two servers behind the balancer: readers on every public page while
// editors save drafts and publish. No 5xx; every acknowledged save is in the database
// once. `npm run soak` runs the same with LOAD_SCALE (default 1 here) times more.
import { expect, test } from "@playwright/test";
import autocannon from "autocannon";
import { startNodeBalancer } from "../../lib/cluster/node-balancer";
import { freePort } from "../../lib/ops/embedded-postgres";
import { createEditor, signIn } from "../e2e/staff";
import { newMeetingForm, postNewMeeting, savedMeetings } from "./forms";
import { twoServers } from "./servers";

const scale = Math.max(1, Number(process.env.LOAD_SCALE ?? 1));
const publicPages = [
  "/en",
  "/en/provinces/bac-ninh",
  "/en/partners/kanagawa",
  "/en/meetings",
  "/en/meetings?province=nghe-an",
  "/en/meetings/2019-04-26-meeting-nghe-an-japan",
  "/en/investment",
  "/en/sources",
];

test("mixed load on two servers: no 5xx, every acknowledged save saved once", async ({
  browser,
}) => {
  test.setTimeout(300_000 * scale);
  const [a, b] = await twoServers();
  await Promise.all([a.start(), b.start()]);
  const entryPort = await freePort();
  const balancer = await startNodeBalancer(entryPort, [a.url, b.url]);
  const entry = `http://127.0.0.1:${entryPort}`;
  try {
    const page = await (
      await browser.newContext({ baseURL: entry, javaScriptEnabled: false })
    ).newPage();
    await signIn(page, await createEditor());
    const prefix = `mixed-${Date.now().toString(36)}-`;
    const form = await newMeetingForm(page, `${prefix}form`);

    const readers = autocannon({
      url: entry,
      connections: 8,
      amount: 320 * scale,
      // Slow is not failed: on a busy machine a render can take seconds (speed is measured
      // by npm run bench, not here).
      timeout: 60,
      requests: publicPages.map((path) => ({ method: "GET", path })),
    });
    const acknowledged = new Map<string, number>();
    let next = 0;
    const total = 20 * scale;
    const editors = Array.from({ length: 2 }, async () => {
      while (next < total) {
        const slug = `${prefix}${next++}`;
        const id = await postNewMeeting(entry, form, slug);
        if (id) acknowledged.set(slug, id);
      }
    });
    // An editor publishes a few of them while the readers read (pages re-render on both servers).
    const published = new Set<number>();
    const publisher = (async () => {
      while (published.size < 2 * scale) {
        const id = [...acknowledged.values()].find((candidate) => !published.has(candidate));
        if (!id) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          continue;
        }
        published.add(id);
        await page.goto(`/admin/meetings/${id}`);
        await page.getByRole("button", { name: "Publish version 1" }).click();
        await expect(
          page.getByText("Published: the public pages show this version now."),
        ).toBeVisible();
      }
    })();
    const [result] = await Promise.all([readers, ...editors, publisher]);

    expect(result["5xx"], "server errors under load").toBe(0);
    expect(result.errors, `failed connections (${result.timeouts} timed out)`).toBe(0);
    expect(result.non2xx, "non-2xx answers to readers").toBe(0);
    const saved = await savedMeetings(prefix);
    for (const [slug, id] of acknowledged)
      expect(saved.get(slug), `acknowledged save ${slug}`).toEqual([id]);
    for (const [slug, ids] of saved) expect(ids.length, `${slug} saved once`).toBe(1);
    expect(acknowledged.size).toBe(total);
  } finally {
    await balancer.close();
    await Promise.all([a.stop(), b.stop()]);
  }
});
