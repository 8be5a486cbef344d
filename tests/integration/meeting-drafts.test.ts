import { describe, expect, it } from "vitest";
import { meetingAdapter } from "@/lib/content/adapters/meeting";
import { restoreRevision } from "@/lib/content/revisions";
import {
  deleteDocument,
  openDocument,
  publishDraft,
  saveDraft,
} from "@/lib/content/working-copies";
import type { MeetingInput } from "@/lib/schemas/meeting";
import { testDb } from "../support/db";
import { makeUser } from "../support/users";

async function seededMeeting(slug: string) {
  const meeting = await testDb.meeting.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const document = await openDocument(testDb, meetingAdapter, { entityId: meeting.id });
  return { id: meeting.id, data: document!.data as MeetingInput };
}

async function newDraft(actorId: number, slug: string) {
  const [person, source] = await Promise.all([
    testDb.person.findFirstOrThrow(),
    testDb.source.findFirstOrThrow(),
  ]);
  const data: MeetingInput = {
    slug,
    kind: "VISIT",
    title: { en: `Draft ${slug}` },
    summary: { en: "Written by the drafts test." },
    startsOn: "2026-11-01",
    endsOn: undefined,
    dateIsUpperBound: false,
    dateNote: undefined,
    venue: undefined,
    placeSlugs: ["bac-ninh"],
    investmentSectorSlugs: [],
    sectorSlugs: [],
    participants: [
      { personId: person.id, side: "VIETNAM", title: undefined, organisation: undefined },
    ],
    attendeeGroups: [],
    outcomes: [],
    sourceIds: [source.id],
  };
  const saved = await saveDraft(testDb, meetingAdapter, { expectedVersion: 0, data, actorId });
  if (!saved.ok) throw new Error("first save refused");
  return { ...saved, data };
}

describe("meeting drafts", () => {
  it("keeps the public meeting unchanged until the draft is published", async () => {
    const editor = await makeUser();
    const { id, data } = await seededMeeting("2019-04-26-meeting-nghe-an-japan");
    const before = await testDb.meeting.findUniqueOrThrow({ where: { id } });
    const saved = await saveDraft(testDb, meetingAdapter, {
      entityId: id,
      expectedVersion: 0,
      data: { ...data, title: { en: "Renamed in a draft" } },
      actorId: editor.id,
    });
    expect(saved).toMatchObject({ ok: true, version: 2 });
    expect((await testDb.meeting.findUniqueOrThrow({ where: { id } })).title).toEqual(before.title);
    const published = await publishDraft(testDb, meetingAdapter, {
      workingCopyId: saved.ok ? saved.workingCopyId : 0,
      expectedVersion: 2,
      actorId: editor.id,
    });
    expect(published).toMatchObject({
      ok: true,
      tags: expect.arrayContaining(["meetings", `meeting:${data.slug}`]),
    });
    expect((await testDb.meeting.findUniqueOrThrow({ where: { id } })).title).toEqual({
      en: "Renamed in a draft",
    });
    // Put the seeded meeting back for the other test files.
    const back = await saveDraft(testDb, meetingAdapter, {
      entityId: id,
      expectedVersion: 2,
      data,
      actorId: editor.id,
    });
    await publishDraft(testDb, meetingAdapter, {
      workingCopyId: back.ok ? back.workingCopyId : 0,
      expectedVersion: 3,
      actorId: editor.id,
    });
    expect((await testDb.meeting.findUniqueOrThrow({ where: { id } })).title).toEqual(before.title);
  });

  it("refuses a save from an older version and says what the other editor changed", async () => {
    const editor = await makeUser();
    const draft = await newDraft(editor.id, `drafts-conflict-${Date.now()}`);
    const first = await saveDraft(testDb, meetingAdapter, {
      workingCopyId: draft.workingCopyId,
      expectedVersion: 1,
      data: { ...draft.data, venue: { en: "Venue by A" } },
      actorId: editor.id,
    });
    expect(first.ok).toBe(true);
    const second = await saveDraft(testDb, meetingAdapter, {
      workingCopyId: draft.workingCopyId,
      expectedVersion: 1,
      data: { ...draft.data, venue: { en: "Venue by B" } },
      actorId: editor.id,
    });
    expect(second.ok).toBe(false);
    if (!("conflict" in second))
      throw new Error("expected a conflict, got " + JSON.stringify(second));
    expect(second.conflict.changes).toContainEqual({
      field: "Venue (English)",
      before: "(empty)",
      after: "Venue by A",
    });
    const stored = await testDb.workingCopy.findUniqueOrThrow({
      where: { id: draft.workingCopyId },
    });
    expect(stored.data).toMatchObject({ venue: { en: "Venue by A" } });
  });

  it("lets exactly one of ten racing saves from the same version win", async () => {
    const editor = await makeUser();
    const draft = await newDraft(editor.id, `drafts-race-${Date.now()}`);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        saveDraft(testDb, meetingAdapter, {
          workingCopyId: draft.workingCopyId,
          expectedVersion: 1,
          data: { ...draft.data, title: { en: `Racer ${i}` } },
          actorId: editor.id,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      (await testDb.workingCopy.findUniqueOrThrow({ where: { id: draft.workingCopyId } })).version,
    ).toBe(2);
    expect(await testDb.revision.count({ where: { workingCopyId: draft.workingCopyId } })).toBe(2);
  });

  it("rolls a failed publish back whole: no half-written meeting", async () => {
    const editor = await makeUser();
    const draft = await newDraft(editor.id, `drafts-rollback-${Date.now()}`);
    const broken = {
      ...draft.data,
      participants: [
        { personId: 999_999, side: "JAPAN" as const, title: undefined, organisation: undefined },
      ],
    };
    const saved = await saveDraft(testDb, meetingAdapter, {
      workingCopyId: draft.workingCopyId,
      expectedVersion: 1,
      data: broken,
      actorId: editor.id,
    });
    const meetingsBefore = await testDb.meeting.count();
    await expect(
      publishDraft(testDb, meetingAdapter, {
        workingCopyId: draft.workingCopyId,
        expectedVersion: saved.ok ? saved.version : 0,
        actorId: editor.id,
      }),
    ).resolves.toEqual({
      ok: false,
      invalid: expect.stringMatching(/refers to a record that has since been deleted/),
    });
    expect(await testDb.meeting.count()).toBe(meetingsBefore);
    expect(await testDb.meeting.findUnique({ where: { slug: draft.data.slug } })).toBeNull();
    expect(
      (await testDb.workingCopy.findUniqueOrThrow({ where: { id: draft.workingCopyId } }))
        .publishedVersion,
    ).toBeNull();
  });

  it("restores an earlier revision as a new version", async () => {
    const editor = await makeUser();
    const draft = await newDraft(editor.id, `drafts-restore-${Date.now()}`);
    await saveDraft(testDb, meetingAdapter, {
      workingCopyId: draft.workingCopyId,
      expectedVersion: 1,
      data: { ...draft.data, title: { en: "Second title" } },
      actorId: editor.id,
    });
    const first = await testDb.revision.findFirstOrThrow({
      where: { workingCopyId: draft.workingCopyId, version: 1 },
    });
    const restored = await restoreRevision(testDb, meetingAdapter, {
      workingCopyId: draft.workingCopyId,
      revisionId: first.id,
      expectedVersion: 2,
      actorId: editor.id,
    });
    expect(restored).toMatchObject({ ok: true, version: 3 });
    const copy = await testDb.workingCopy.findUniqueOrThrow({ where: { id: draft.workingCopyId } });
    expect(copy.data).toMatchObject({ title: { en: draft.data.title.en } });
    expect(
      await testDb.revision.findFirst({
        where: { workingCopyId: draft.workingCopyId, version: 3 },
      }),
    ).toMatchObject({ action: "RESTORE" });
  });
});

describe("drafts racing a publish or a delete", () => {
  it("creates the record once when a new draft is published twice at the same moment", async () => {
    const editor = await makeUser();
    const draft = await newDraft(editor.id, `drafts-double-publish-${Date.now()}`);
    const publish = () =>
      publishDraft(testDb, meetingAdapter, {
        workingCopyId: draft.workingCopyId,
        expectedVersion: 1,
        actorId: editor.id,
      });
    const results = await Promise.all([publish(), publish()]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(await testDb.meeting.count({ where: { slug: draft.data.slug } })).toBe(1);
    expect(
      await testDb.revision.count({
        where: { workingCopyId: draft.workingCopyId, action: "PUBLISH" },
      }),
    ).toBe(1);
  });

  it("refuses to publish a meeting whose place no longer exists, rather than drop the place", async () => {
    const editor = await makeUser();
    const draft = await newDraft(editor.id, `drafts-lost-place-${Date.now()}`);
    const saved = await saveDraft(testDb, meetingAdapter, {
      workingCopyId: draft.workingCopyId,
      expectedVersion: 1,
      data: { ...draft.data, placeSlugs: ["bac-ninh", "no-such-place"] },
      actorId: editor.id,
    });
    expect(saved).toMatchObject({ ok: true, version: 2 });
    const outcome = await publishDraft(testDb, meetingAdapter, {
      workingCopyId: draft.workingCopyId,
      expectedVersion: 2,
      actorId: editor.id,
    });
    expect(outcome).toEqual({ ok: false, invalid: "the place “no-such-place” no longer exists" });
    expect(await testDb.meeting.findUnique({ where: { slug: draft.data.slug } })).toBeNull();
  });

  it("refuses a delete confirmed at an older version, keeping the newer work", async () => {
    const editor = await makeUser();
    const draft = await newDraft(editor.id, `drafts-stale-delete-${Date.now()}`);
    await saveDraft(testDb, meetingAdapter, {
      workingCopyId: draft.workingCopyId,
      expectedVersion: 1,
      data: { ...draft.data, venue: { en: "Newer work" } },
      actorId: editor.id,
    });
    const stale = await deleteDocument(testDb, meetingAdapter, {
      workingCopyId: draft.workingCopyId,
      expectedVersion: 1,
      actorId: editor.id,
    });
    expect(stale).toEqual({
      ok: false,
      reason: expect.stringMatching(/changed after you opened this page/),
    });
    expect(
      (await testDb.workingCopy.findUniqueOrThrow({ where: { id: draft.workingCopyId } })).data,
    ).toMatchObject({ venue: { en: "Newer work" } });
    expect(
      await deleteDocument(testDb, meetingAdapter, {
        workingCopyId: draft.workingCopyId,
        expectedVersion: 2,
        actorId: editor.id,
      }),
    ).toEqual({ ok: true, tags: [] });
    expect(
      await deleteDocument(testDb, meetingAdapter, {
        workingCopyId: draft.workingCopyId,
        expectedVersion: 2,
        actorId: editor.id,
      }),
    ).toEqual({ ok: false, reason: "it no longer exists" });
  });

  it("answers 'gone', writing nothing, when the record was deleted after the form was opened", async () => {
    const editor = await makeUser();
    const draft = await newDraft(editor.id, `drafts-gone-${Date.now()}`);
    const revision = await testDb.revision.findFirstOrThrow({
      where: { workingCopyId: draft.workingCopyId },
    });
    const published = await publishDraft(testDb, meetingAdapter, {
      workingCopyId: draft.workingCopyId,
      expectedVersion: 1,
      actorId: editor.id,
    });
    if (!published.ok) throw new Error("publish refused");
    await deleteDocument(testDb, meetingAdapter, {
      workingCopyId: draft.workingCopyId,
      expectedVersion: 1,
      actorId: editor.id,
    });
    const copiesBefore = await testDb.workingCopy.count();

    const fromDraft = await saveDraft(testDb, meetingAdapter, {
      workingCopyId: draft.workingCopyId,
      expectedVersion: 1,
      data: draft.data,
      actorId: editor.id,
    });
    const fromRecord = await saveDraft(testDb, meetingAdapter, {
      entityId: published.entityId,
      expectedVersion: 0,
      data: draft.data,
      actorId: editor.id,
    });
    const restored = await restoreRevision(testDb, meetingAdapter, {
      workingCopyId: draft.workingCopyId,
      revisionId: revision.id,
      expectedVersion: 1,
      actorId: editor.id,
    });
    expect([fromDraft, fromRecord, restored]).toEqual([
      { ok: false, gone: true },
      { ok: false, gone: true },
      { ok: false, gone: true },
    ]);
    expect(await testDb.workingCopy.count()).toBe(copiesBefore);
    expect(await testDb.meeting.findUnique({ where: { id: published.entityId } })).toBeNull();
  });
});
