// Translations as the database keeps them: the seed's, with their statuses; what saving and
// publishing do to them; and the staff lists' view of missing and outdated ones.
import { afterAll, describe, expect, it } from "vitest";
import * as seed from "@/prisma/seed/data";
import { contentAreas } from "@/lib/content/areas";
import { stampTranslations } from "@/lib/content/translations";
import { countGaps, recordsWithGap } from "@/lib/content/translation-gaps";
import type { ContentAdapter } from "@/lib/content/types";
import {
  deleteDocument,
  openDocument,
  publishDraft,
  saveDraft,
} from "@/lib/content/working-copies";
import { collectTexts, languageState, type TrackedText } from "@/lib/i18n/translation";
import type { MeetingInput } from "@/lib/schemas/meeting";
import { testDb } from "../support/db";
import { renderAndPost } from "../support/render-form";
import { makeUser } from "../support/users";

const meetings = contentAreas.meetings.adapter as ContentAdapter<MeetingInput>;

/** Every text stored for the seeded records, read from the public tables. */
async function seededTexts() {
  const slugs = {
    meetings: seed.meetings.map((m) => m.slug),
    places: seed.places.map((p) => p.slug),
    sectors: seed.sectors.map((s) => s.slug),
  };
  const [places, meetingRows, relationships, sectors, observations, sources] = await Promise.all([
    testDb.place.findMany({
      where: { slug: { in: slugs.places } },
      select: {
        name: true,
        summary: true,
        investmentPriorities: { select: { note: true } },
        territories: { select: { note: true, predecessors: { select: { note: true } } } },
      },
    }),
    testDb.meeting.findMany({
      where: { slug: { in: slugs.meetings } },
      select: {
        title: true,
        summary: true,
        dateNote: true,
        venue: true,
        participants: { select: { title: true, organisation: true } },
        attendeeGroups: { select: { name: true } },
        outcomes: { select: { description: true, followUpNote: true } },
      },
    }),
    testDb.relationship.findMany({
      where: { slug: { in: seed.relationships.map((r) => r.slug) } },
      select: { summary: true },
    }),
    testDb.sector.findMany({ where: { slug: { in: slugs.sectors } }, select: { name: true } }),
    testDb.observation.findMany({
      where: { source: { url: { in: seed.sources.map((s) => s.url) } } },
      select: { note: true },
    }),
    testDb.source.findMany({
      where: { url: { in: [...seed.sources, ...seed.exchangeRateSources].map((s) => s.url) } },
      select: { note: true },
    }),
  ]);
  return collectTexts([places, meetingRows, relationships, sectors, observations, sources]);
}

describe("the seed", () => {
  it("has Vietnamese and Japanese, with a status, for every text a public page shows", async () => {
    const texts = await seededTexts();
    expect(texts.length).toBeGreaterThan(400);
    const incomplete = texts.filter(
      (t) => !t.vi?.trim() || !t.ja?.trim() || !t.viStatus || !t.jaStatus || !t.enHash,
    );
    expect(incomplete.map((t) => t.en)).toEqual([]);
    // Every translation starts current: made from the English it is stored with.
    const outdated = texts.filter(
      (t) => languageState(t, "vi").outdated || languageState(t, "ja").outdated,
    );
    expect(outdated.map((t) => t.en)).toEqual([]);
  });

  it("marks Vietnamese original where every source of a record is Vietnamese, and the portal's translation elsewhere", async () => {
    const fromVietnamese = await testDb.meeting.findUniqueOrThrow({
      where: { slug: "2022-01-nghe-an-gifu-online-conference" },
      select: { title: true, participants: { select: { title: true } } },
    });
    const fromEnglish = await testDb.meeting.findUniqueOrThrow({
      where: { slug: "2019-04-26-meeting-nghe-an-japan" },
      select: { summary: true },
    });
    expect(fromVietnamese.title).toMatchObject({ viStatus: "original", jaStatus: "translated" });
    expect(collectTexts(fromVietnamese.participants).every((t) => t.viStatus === "original")).toBe(
      true,
    );
    expect(fromEnglish.summary).toMatchObject({ viStatus: "translated", jaStatus: "translated" });
    // A place's name is original in its own country's language.
    const [bacNinh, kanagawa] = await Promise.all(
      ["bac-ninh", "kanagawa"].map((slug) =>
        testDb.place.findUniqueOrThrow({ where: { slug }, select: { name: true } }),
      ),
    );
    expect(bacNinh.name).toMatchObject({
      vi: "Bắc Ninh",
      viStatus: "original",
      jaStatus: "translated",
    });
    expect(kanagawa.name).toMatchObject({
      ja: "神奈川県",
      jaStatus: "original",
      viStatus: "translated",
    });
  });

  it("leaves people's names without a translation status: names are written, not translated", async () => {
    const person = await testDb.person.findFirstOrThrow({
      where: { name: { path: ["en"], equals: "Nguyen Dac Vinh" } },
    });
    expect(person.name).toEqual({ en: "Nguyen Dac Vinh", vi: "Nguyễn Đắc Vinh" });
  });
});

// A meeting of this test's own, so the seeded ones other tests read stay as they are.
const created: number[] = [];
afterAll(async () => {
  const editor = await makeUser();
  for (const entityId of created) {
    const shown = await openDocument(testDb, meetings, { entityId });
    await deleteDocument(testDb, meetings, {
      entityId,
      expectedVersion: shown?.version ?? 0,
      actorId: editor.id,
    });
  }
});

async function publishedMeeting() {
  const [source, editor] = await Promise.all([testDb.source.findFirstOrThrow(), makeUser()]);
  const input: MeetingInput = {
    slug: `translations-test-${Date.now()}`,
    kind: "VISIT",
    title: { en: "A visit", vi: "Một chuyến thăm", ja: "訪問" },
    summary: {
      en: "Written by the translations test.",
      vi: "Do bài kiểm thử viết.",
      ja: "テストが書いた文章。",
    },
    startsOn: "2024-05-01",
    dateIsUpperBound: false,
    dateNote: undefined,
    venue: undefined,
    placeSlugs: ["nghe-an"],
    investmentSectorSlugs: [],
    sectorSlugs: [],
    participants: [],
    attendeeGroups: [],
    outcomes: [
      {
        description: { en: "Meet again", vi: "Gặp lại", ja: "再会する" },
        commitment: "AGREED",
        side: "BOTH",
        followUp: "UNKNOWN",
        followUpNote: undefined,
      },
    ],
    sourceIds: [source.id],
  };
  const saved = await saveDraft(testDb, meetings, {
    expectedVersion: 0,
    data: input,
    actorId: editor.id,
  });
  if (!saved.ok) throw new Error("save refused");
  const published = await publishDraft(testDb, meetings, {
    workingCopyId: saved.workingCopyId,
    expectedVersion: saved.version,
    actorId: editor.id,
  });
  if (!published.ok) throw new Error("publish refused");
  created.push(published.entityId);
  return { entityId: published.entityId, workingCopyId: saved.workingCopyId, editor };
}

/** Saves the open draft changed by `edit`, and returns it as stored. */
async function saveEdit(
  workingCopyId: number,
  actorId: number,
  edit: (draft: MeetingInput) => void,
) {
  const open = (await openDocument(testDb, meetings, { workingCopyId }))!;
  const draft = structuredClone(open.data);
  edit(draft);
  const saved = await saveDraft(testDb, meetings, {
    workingCopyId,
    expectedVersion: open.version,
    data: draft,
    actorId,
  });
  if (!saved.ok) throw new Error("save refused");
  return {
    version: saved.version,
    data: (await openDocument(testDb, meetings, { workingCopyId }))!.data,
  };
}

describe("editing the English", () => {
  it("marks both translations outdated until each is edited or checked, and the staff lists find them", async () => {
    const { entityId, workingCopyId, editor } = await publishedMeeting();
    const { data } = await saveEdit(
      workingCopyId,
      editor.id,
      (draft) => void (draft.title.en = "A working visit"),
    );
    expect(languageState(data.title, "vi").outdated).toBe(true);
    expect(languageState(data.title, "ja").outdated).toBe(true);
    // Other texts of the record, whose English did not change, stay current.
    expect(languageState(data.summary, "vi").outdated).toBe(false);
    expect(
      (await recordsWithGap(testDb, "MEETING", { gap: "outdated", lang: "vi" })).entityIds,
    ).toContain(entityId);
    const counted = (await countGaps(testDb)).get("MEETING")!;
    expect(counted.outdated_vi).toBeGreaterThanOrEqual(1);

    const { data: fixed } = await saveEdit(workingCopyId, editor.id, (draft) => {
      draft.title.vi = "Một chuyến thăm và làm việc";
      (draft.title as MeetingInput["title"] & { jaChecked?: boolean }).jaChecked = true;
    });
    expect(languageState(fixed.title, "vi")).toMatchObject({
      status: "translated",
      outdated: false,
    });
    expect(languageState(fixed.title, "ja")).toMatchObject({ status: "reviewed", outdated: false });
    expect(
      (await recordsWithGap(testDb, "MEETING", { gap: "outdated", lang: "vi" })).entityIds,
    ).not.toContain(entityId);
    expect((await countGaps(testDb)).get("MEETING")!.outdated_vi).toBe(counted.outdated_vi - 1);
  });

  it("lists a record missing a translation under that language only", async () => {
    const { entityId, workingCopyId, editor } = await publishedMeeting();
    await saveEdit(
      workingCopyId,
      editor.id,
      (draft) => void delete draft.outcomes[0].description.ja,
    );
    expect(
      (await recordsWithGap(testDb, "MEETING", { gap: "missing", lang: "ja" })).entityIds,
    ).toContain(entityId);
    expect(
      (await recordsWithGap(testDb, "MEETING", { gap: "missing", lang: "vi" })).entityIds,
    ).not.toContain(entityId);
  });
});

describe("publishing one language's change", () => {
  it("writes that language and leaves the other two, and their state, exactly as they were", async () => {
    const { entityId, workingCopyId, editor } = await publishedMeeting();
    const before = await testDb.outcome.findFirstOrThrow({
      where: { meetingId: entityId },
      select: { description: true },
    });
    const meetingBefore = await testDb.meeting.findUniqueOrThrow({
      where: { id: entityId },
      select: { title: true, summary: true },
    });
    const { version } = await saveEdit(
      workingCopyId,
      editor.id,
      (draft) => void (draft.outcomes[0].description.vi = "Hẹn gặp lại"),
    );
    const published = await publishDraft(testDb, meetings, {
      workingCopyId,
      expectedVersion: version,
      actorId: editor.id,
    });
    expect(published.ok).toBe(true);

    const after = (
      await testDb.outcome.findFirstOrThrow({
        where: { meetingId: entityId },
        select: { description: true },
      })
    ).description as TrackedText;
    const was = before.description as TrackedText;
    expect(after.vi).toBe("Hẹn gặp lại");
    const exceptVietnamese = (text: TrackedText) =>
      Object.fromEntries(Object.entries(text).filter(([key]) => !key.startsWith("vi")));
    expect(exceptVietnamese(after)).toEqual(exceptVietnamese(was));
    expect(after.viStatus).toBe(was.viStatus);
    expect(languageState(after, "ja").outdated).toBe(false);
    expect(
      await testDb.meeting.findUniqueOrThrow({
        where: { id: entityId },
        select: { title: true, summary: true },
      }),
    ).toEqual(meetingBefore);
  });
});

describe("the staff form", () => {
  const load = async (slug: string) => {
    const { id } = await testDb.meeting.findUniqueOrThrow({
      where: { slug },
      select: { id: true },
    });
    return (await testDb.$transaction((tx) => meetings.loadPublished(tx, id)))!;
  };

  it("posts every text's statuses and stamps back untouched, through the same schema, without JavaScript", async () => {
    const published = await load("2022-01-nghe-an-gifu-online-conference");
    const { html, input } = await renderAndPost("meetings", published);
    expect(html).toContain('name="title.viStatus"');
    expect(html).toContain('name="title.jaStamp"');
    const saved = stampTranslations(meetings.schema.parse(input));
    expect(collectTexts(saved)).toEqual(collectTexts(published));
    expect(saved.title).toMatchObject({ viStatus: "original", jaStatus: "translated" });
  });

  it("lets the editor set a status in the form, and refuses one that does not exist, on that field", async () => {
    const published = await load("2019-04-26-meeting-nghe-an-japan");
    const { input } = await renderAndPost("meetings", published, (post) =>
      post.set("title.jaStatus", "reviewed"),
    );
    expect(stampTranslations(meetings.schema.parse(input)).title).toMatchObject({
      jaStatus: "reviewed",
      viStatus: "translated",
    });
    const refused = await renderAndPost("meetings", published, (post) =>
      post.set("summary.viStatus", "approved"),
    );
    const result = meetings.schema.safeParse(refused.input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join("."))).toEqual(["summary.viStatus"]);
  });

  it("says which translations are outdated, and clears one the editor ticks as still matching", async () => {
    const published = await load("2019-04-26-meeting-nghe-an-japan");
    const changed = stampTranslations({
      ...published,
      title: { ...published.title, en: "Meeting Nghe An – Japan (renamed)" },
    });
    const { html, input } = await renderAndPost("meetings", changed, (post) =>
      post.set("title.viChecked", "on"),
    );
    expect(html).toContain("Outdated: the English changed after this translation was saved.");
    expect(html).toContain('name="title.jaChecked"');
    expect(html).toMatch(/Translations: .*Vietnamese .*1 text outdated/);
    const saved = stampTranslations(meetings.schema.parse(input));
    expect(languageState(saved.title, "vi")).toMatchObject({ status: "reviewed", outdated: false });
    expect(languageState(saved.title, "ja")).toMatchObject({
      status: "translated",
      outdated: true,
    });
  });
});
