// SIGTERM to one of two servers under load, behind each of start:cluster's balancers (the
// Node one, and nginx where installed): the save it was receiving finishes and is acknowledged,
// readers and editors behind the balancer see no failure (what the stopping server refuses
// lands on the other), and no acknowledged save is lost or doubled.
import { expect, test } from "@playwright/test";
import autocannon from "autocannon";
import { nginxInstalled, startNginx } from "../../lib/cluster/nginx";
import { startNodeBalancer } from "../../lib/cluster/node-balancer";
import { freePort } from "../../lib/ops/embedded-postgres";
import { createEditor, signIn } from "../e2e/staff";
import { sleep } from "../ops/support/sample";
import { newMeetingForm, postNewMeeting, savedMeetings, startSlowSave } from "./forms";
import { twoServers } from "./servers";

const readerPaths = [
  "/en",
  "/vi/provinces/bac-ninh",
  "/ja/meetings",
  "/en/meetings?province=nghe-an",
  "/en/meetings?partner=gifu&year=2019",
  "/en/meetings/2019-04-26-meeting-nghe-an-japan",
  "/api/v1/places",
  "/api/v1/figures?place=bac-ninh&measure=FDI_PROJECTS",
];

const balancers = [
  { kind: "the Node balancer", start: startNodeBalancer },
  ...(nginxInstalled() ? [{ kind: "nginx", start: startNginx }] : []),
];

for (const { kind, start } of balancers) {
  test(`SIGTERM to one server under load behind ${kind}: its save in flight finishes, the rest lands on the other, nothing acknowledged is lost`, async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    const [a, b] = await twoServers();
    await Promise.all([a.start(), b.start()]);
    const entryPort = await freePort();
    const balancer = await start(entryPort, [a.url, b.url]);
    const entry = `http://127.0.0.1:${entryPort}`;
    try {
      const page = await (
        await browser.newContext({ baseURL: entry, javaScriptEnabled: false })
      ).newPage();
      await signIn(page, await createEditor());
      const prefix = `drain-${Date.now().toString(36)}-`;
      const form = await newMeetingForm(page, `${prefix}form`);

      let readers: autocannon.Instance | undefined;
      const read = new Promise<autocannon.Result>((resolve, reject) => {
        const options = {
          url: entry,
          connections: 6,
          duration: 600,
          timeout: 60,
          requests: readerPaths.map((path) => ({ method: "GET" as const, path })),
        };
        readers = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
      });
      let saving = true;
      let next = 0;
      const acknowledged = new Map<string, number>();
      const editors = Array.from({ length: 2 }, async () => {
        while (saving) {
          const slug = `${prefix}${next++}`;
          const id = await postNewMeeting(entry, form, slug);
          if (id) acknowledged.set(slug, id);
        }
      });
      await expect.poll(() => acknowledged.size, { timeout: 120_000 }).toBeGreaterThanOrEqual(4);

      // A save B has begun to receive when it is told to stop.
      const inFlight = await startSlowSave(b.url, form, `${prefix}in-flight`);
      await sleep(500);
      const stopped = b.stop();
      await sleep(500);
      inFlight.finish();
      const outcome = await inFlight.outcome();
      await stopped;
      const acknowledgedBeforeStop = acknowledged.size;

      // Everything now lands on A.
      await expect
        .poll(() => acknowledged.size, { timeout: 120_000 })
        .toBeGreaterThanOrEqual(acknowledgedBeforeStop + 4);
      saving = false;
      await Promise.all(editors);
      readers!.stop();
      const { requests, errors, timeouts, non2xx } = await read;

      expect(outcome.id, `the save in flight was answered ${outcome.status}`).not.toBeNull();
      expect(outcome.connection?.toLowerCase(), "and told its client the connection closes").toBe(
        "close",
      );
      expect(b.events).toEqual(expect.arrayContaining(["shutdown.start", "shutdown.done"]));
      expect(b.events, "nothing was cut off").not.toContain("shutdown.timeout");

      expect(requests.total, "readers read throughout").toBeGreaterThan(50);
      expect(errors, `failed connections through ${kind} (${timeouts} timed out)`).toBe(0);
      expect(non2xx, `failed answers through ${kind}`).toBe(0);

      const saved = await savedMeetings(prefix);
      expect(saved.get(`${prefix}in-flight`)).toEqual([outcome.id]);
      for (const [slug, id] of acknowledged)
        expect(saved.get(slug), `acknowledged save ${slug}`).toEqual([id]);
      for (const [slug, ids] of saved) expect(ids.length, `${slug} saved once`).toBe(1);
    } finally {
      await balancer.close();
      await Promise.all([a.stop(), b.stop()]);
    }
  });
}
