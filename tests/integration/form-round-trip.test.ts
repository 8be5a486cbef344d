// The staff forms as a browser without JavaScript sends them: the server-rendered form, posted
// untouched, must parse with the same Zod schema and publish exactly what it showed. Here for the
// figure form with a range and a yearly rate, and the meeting form with outcome sides, attendee
// groups and the fields where investment was sought.
import { afterAll, describe, expect, it } from "vitest";
import { contentAreas, type AreaKey } from "@/lib/content/areas";
import type { ContentAdapter } from "@/lib/content/types";
import {
  deleteDocument,
  openDocument,
  publishDraft,
  saveDraft,
} from "@/lib/content/working-copies";
import { testDb } from "../support/db";
import { renderAndPost } from "../support/render-form";
import { makeUser } from "../support/users";

/**
 * A document as the form shows it: checkbox lists in the form's order, and empty translations
 * (which the form posts as "") left out.
 */
function asShown(document: unknown): unknown {
  if (Array.isArray(document)) {
    const items = document.map(asShown);
    return items.every((item) => typeof item === "string" || typeof item === "number")
      ? [...items].sort()
      : items;
  }
  if (document && typeof document === "object") {
    return Object.fromEntries(
      Object.entries(document)
        .filter(([key, value]) => !(["vi", "ja"].includes(key) && value === ""))
        .map(([key, value]) => [key, asShown(value)]),
    );
  }
  return document;
}

const adapterOf = (area: AreaKey) => contentAreas[area].adapter as ContentAdapter<unknown>;
const created: { area: AreaKey; entityId: number }[] = [];
afterAll(async () => {
  const actor = await makeUser();
  for (const { area, entityId } of created) {
    const adapter = adapterOf(area);
    const shown = await openDocument(testDb, adapter, { entityId });
    await deleteDocument(testDb, adapter, {
      entityId,
      expectedVersion: shown?.version ?? 0,
      actorId: actor.id,
    });
  }
});

async function publishNew(area: AreaKey, data: unknown) {
  const adapter = adapterOf(area);
  const editor = await makeUser();
  const saved = await saveDraft(testDb, adapter, { expectedVersion: 0, data, actorId: editor.id });
  if (!saved.ok) throw new Error("save refused");
  const published = await publishDraft(testDb, adapter, {
    workingCopyId: saved.workingCopyId,
    expectedVersion: 1,
    actorId: editor.id,
  });
  if (!published.ok) throw new Error(`publish refused: ${JSON.stringify(published)}`);
  created.push({ area, entityId: published.entityId });
  return testDb.$transaction((tx) => adapter.loadPublished(tx, published.entityId));
}

describe("the figure form without JavaScript", () => {
  it("posts a range and a yearly rate that parse, publish and read back as shown", async () => {
    const [territory, source] = await Promise.all([
      testDb.territory.findFirstOrThrow({ where: { place: { slug: "nghe-an" } } }),
      testDb.source.findFirstOrThrow({ where: { url: { contains: "10196898" } } }),
    ]);
    const shown = {
      territoryId: territory.id,
      counterpartSlug: "japan",
      measure: "WORKERS_SENT_ABROAD",
      value: "3000",
      valueHigh: "4000",
      qualifier: "ABOUT",
      unit: "PERSONS",
      basis: "ANNUAL_RATE",
      asOf: "2019-04",
      periodStart: "2017-01",
      isEstimate: false,
      note: { en: "Written by the form round-trip test." },
      sourceId: source.id,
    };
    const { html, input } = await renderAndPost("figures", shown);
    expect(html).toContain('name="valueHigh"');
    expect(input).toMatchObject({
      value: "3000",
      valueHigh: "4000",
      basis: "ANNUAL_RATE",
      qualifier: "ABOUT",
    });
    const parsed = contentAreas.figures.adapter.schema.parse(input);
    const loaded = await publishNew("figures", parsed);
    expect(loaded).toEqual(parsed);
    expect(loaded).toMatchObject({ ...shown, rank: undefined, rankOf: undefined });
    // Opened again for editing, the form shows both ends.
    const again = await renderAndPost("figures", loaded);
    expect(again.input).toMatchObject({ value: "3000", valueHigh: "4000" });
  });

  it("refuses a range whose high end is not above its low end, on that field, with the other errors", async () => {
    const { input } = await renderAndPost("figures", {
      value: "4,000",
      valueHigh: "3,000",
      qualifier: "OVER",
      unit: "PERSONS",
      basis: "STOCK",
      asOf: "2019",
      periodStart: "2018",
    });
    const result = contentAreas.figures.adapter.schema.safeParse(input);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["valueHigh", "qualifier", "sourceId", "territoryId", "measure"]),
    );
  });
});

describe("the meeting form without JavaScript", () => {
  it("posts the 2023 Bac Ninh–Kanagawa meeting back exactly: sides, groups and sought fields included", async () => {
    const meeting = await testDb.meeting.findUniqueOrThrow({
      where: { slug: "2023-11-bac-ninh-kanagawa-moc-proposal" },
      select: { id: true },
    });
    const published = await testDb.$transaction((tx) =>
      contentAreas.meetings.adapter.loadPublished(tx, meeting.id),
    );
    const { input } = await renderAndPost("meetings", published);
    expect(published?.outcomes.map((o) => o.side)).toEqual([
      "VIETNAM",
      "VIETNAM",
      "VIETNAM",
      "VIETNAM",
      "VIETNAM",
      "JAPAN",
    ]);
    expect(asShown(contentAreas.meetings.adapter.schema.parse(input))).toEqual(asShown(published));
  });

  it("posts a new meeting known only to be before a date, and reads it back as shown", async () => {
    const [person, source] = await Promise.all([
      testDb.person.findFirstOrThrow(),
      testDb.source.findFirstOrThrow(),
    ]);
    const shown = {
      slug: `form-round-trip-${Date.now()}`,
      kind: "CULTURAL_EVENT",
      title: { en: "A festival known only by a later report" },
      summary: { en: "Written by the form round-trip test." },
      startsOn: "2023-11-30",
      dateIsUpperBound: true,
      dateNote: { en: "The report gives no date." },
      placeSlugs: ["bac-ninh", "kanagawa"],
      investmentSectorSlugs: ["industry"],
      sectorSlugs: ["culture-exchange"],
      participants: [
        { personId: person.id, side: "VIETNAM", title: { en: "Head of the delegation" } },
      ],
      attendeeGroups: [{ side: "JAPAN", name: { en: "Kanagawa firms" } }],
      outcomes: [
        {
          description: { en: "Meet again" },
          commitment: "AGREED",
          side: "BOTH",
          followUp: "UNKNOWN",
        },
      ],
      sourceIds: [source.id],
    };
    const { input } = await renderAndPost("meetings", shown);
    const parsed = contentAreas.meetings.adapter.schema.parse(input);
    expect(asShown(parsed)).toMatchObject(asShown({ ...shown, endsOn: undefined }) as object);
    expect(asShown(await publishNew("meetings", parsed))).toEqual(asShown(parsed));
  });
});
