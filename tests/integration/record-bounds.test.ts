// Issue 9, defects 5 and 7: a working copy posted to another area's form is refused by the
// engine; ids that cannot exist and oversized fields are refused as values, never thrown;
// history is read a page at a time.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { personAdapter } from "@/lib/content/adapters/person";
import { sectorAdapter } from "@/lib/content/adapters/sector";
import { REVISIONS_PER_PAGE, listRevisions, restoreRevision } from "@/lib/content/revisions";
import {
  deleteDocument,
  openDocument,
  publishDraft,
  saveDraft,
} from "@/lib/content/working-copies";
import { TEXT_MAX } from "@/lib/schemas/common";
import { MeetingInput } from "@/lib/schemas/meeting";
import { PersonInput } from "@/lib/schemas/person";
import { form, redirectOf, request, resetRequest, tableChecksums } from "../support/actions";
import { testDb } from "../support/db";
import { expectRefused } from "../support/schemas";
import { makeUser } from "../support/users";

vi.mock("@/lib/auth/session", async () => (await import("../support/actions")).sessionModule);
vi.mock("next/headers", async () => (await import("../support/actions")).headersModule);
const { saveDocument, publishDocument, restoreDocumentRevision, deleteDocumentAction } =
  await import("@/lib/actions/content");

beforeEach(resetRequest);

/** A published sector with an unpublished change, whose record id is also a person's id. */
async function sectorDraftSharingAPersonId(actorId: number) {
  const people = await testDb.person.findMany({ select: { id: true } });
  const sector = await testDb.sector.findFirstOrThrow({
    where: { id: { in: people.map((p) => p.id) } },
    select: { id: true },
  });
  const opened = await openDocument(testDb, sectorAdapter, { entityId: sector.id });
  const saved = await saveDraft(testDb, sectorAdapter, {
    entityId: sector.id,
    expectedVersion: opened!.version,
    data: opened!.data,
    actorId,
  });
  if (!saved.ok) throw new Error("sector save refused");
  const changed = await saveDraft(testDb, sectorAdapter, {
    workingCopyId: saved.workingCopyId,
    expectedVersion: saved.version,
    data: { ...opened!.data, name: { en: "Renamed sector" } },
    actorId,
  });
  if (!changed.ok) throw new Error("sector save refused");
  return { sectorId: sector.id, workingCopyId: changed.workingCopyId, version: changed.version };
}

describe("a working copy is only ever used by its own kind of record (defect 5)", () => {
  it("refuses a sector's working copy posted to the people area's save, publish, restore and delete", async () => {
    const editor = await makeUser();
    request.actor = editor;
    const sector = await sectorDraftSharingAPersonId(editor.id);
    const person = await testDb.person.findUniqueOrThrow({ where: { id: sector.sectorId } });
    const before = await tableChecksums();
    const refs = { "ref.workingCopyId": sector.workingCopyId, "ref.version": sector.version };

    expect(await redirectOf(publishDocument("people", form(refs)))).toMatch(
      /^\/admin\/people\/\d+\?form=/,
    );
    const saved = await saveDocument("people", {}, form({ ...refs, "name.en": "Overwritten" }));
    expect(saved.message).toMatch(/^Not saved: another editor deleted this person/);
    const revision = await testDb.revision.findFirstOrThrow({
      where: { workingCopyId: sector.workingCopyId },
    });
    expect(
      await redirectOf(
        restoreDocumentRevision("people", form({ ...refs, revisionId: revision.id })),
      ),
    ).toBe("/admin/people");
    expect(await redirectOf(deleteDocumentAction("people", form(refs)))).toMatch(
      /^\/admin\/people\/delete\?copy=\d+&form=/,
    );

    // Publish and delete keep their refusal for the page (RefusedForm, left out of the checksums).
    expect(await tableChecksums()).toEqual(before);
    expect(await testDb.person.findUniqueOrThrow({ where: { id: sector.sectorId } })).toEqual(
      person,
    );
    await testDb.workingCopy.delete({ where: { id: sector.workingCopyId } });
  });

  it("refuses the mismatch in the engine itself, whichever caller", async () => {
    const editor = await makeUser();
    const sector = await sectorDraftSharingAPersonId(editor.id);
    const before = await tableChecksums();
    const args = {
      workingCopyId: sector.workingCopyId,
      expectedVersion: sector.version,
      actorId: editor.id,
    };
    expect(
      await openDocument(testDb, personAdapter, { workingCopyId: sector.workingCopyId }),
    ).toBeNull();
    expect(await publishDraft(testDb, personAdapter, args)).toEqual({
      ok: false,
      invalid: "this draft no longer exists",
    });
    expect(
      await saveDraft(testDb, personAdapter, { ...args, data: { name: { en: "Overwritten" } } }),
    ).toEqual({ ok: false, gone: true });
    expect(await deleteDocument(testDb, personAdapter, args)).toEqual({
      ok: false,
      reason: "it no longer exists",
    });
    const revision = await testDb.revision.findFirstOrThrow({
      where: { workingCopyId: sector.workingCopyId },
    });
    expect(
      await restoreRevision(testDb, personAdapter, { ...args, revisionId: revision.id }),
    ).toEqual({ ok: false, gone: true });
    expect((await listRevisions(testDb, personAdapter, sector.workingCopyId, 1)).revisions).toEqual(
      [],
    );
    expect(await tableChecksums()).toEqual(before);
    await testDb.workingCopy.delete({ where: { id: sector.workingCopyId } });
  });
});

describe("ids that cannot exist are refused, not thrown (defect 7)", () => {
  it("in the refs and revision of a post", async () => {
    request.actor = await makeUser();
    const before = await tableChecksums();
    for (const id of ["1e10", "1.5", "-1", "abc", "99999999999", String(2 ** 31)]) {
      const saved = await saveDocument(
        "people",
        {},
        form({ "ref.workingCopyId": id, "ref.version": 1, "name.en": "Someone" }),
      );
      expect(saved.message).toMatch(/could not be read/);
      expect(
        await redirectOf(
          publishDocument("people", form({ "ref.workingCopyId": id, "ref.version": 1 })),
        ),
      ).toBe("/admin/people");
      expect(
        await redirectOf(
          restoreDocumentRevision(
            "people",
            form({ "ref.workingCopyId": 1, "ref.version": 1, revisionId: id }),
          ),
        ),
      ).toBe("/admin/people");
      expect(
        await redirectOf(
          deleteDocumentAction("people", form({ "ref.entityId": id, "ref.version": 0 })),
        ),
      ).toBe("/admin/people");
      expectRefused(MeetingInput.shape.sourceIds, [id], [0]);
    }
    expect(await tableChecksums()).toEqual(before);
  });

  it("in the schemas, at the largest id PostgreSQL can hold", () => {
    const ids = MeetingInput.shape.sourceIds;
    expect(ids.parse([String(2 ** 31 - 1), 7, " 12 "])).toEqual([2 ** 31 - 1, 7, 12]);
    for (const bad of [2 ** 31, 0, -1, 1.5, "0x10", "1e3", true, null, {}])
      expectRefused(ids, [bad], [0]);
  });
});

describe("every text field has a maximum (defect 7)", () => {
  it("refuses a name over its maximum with a message at the field", () => {
    expectRefused(
      PersonInput,
      { name: { en: "x".repeat(TEXT_MAX.name + 1) } },
      ["name", "en"],
      /under 300 characters/,
    );
    expectRefused(
      PersonInput,
      { name: { en: "ok", ja: "名".repeat(TEXT_MAX.name + 1) } },
      ["name", "ja"],
      /under 300 characters/,
    );
    expect(PersonInput.safeParse({ name: { en: "x".repeat(TEXT_MAX.name) } }).success).toBe(true);
  });
});

describe("history is read a page at a time (defect 7)", () => {
  it("loads one page of revisions, each compared with the one before it", async () => {
    const editor = await makeUser();
    const person = await testDb.person.create({
      data: { name: { en: "Someone with a long history" } },
    });
    const opened = await openDocument(testDb, personAdapter, { entityId: person.id });
    let saved = await saveDraft(testDb, personAdapter, {
      entityId: person.id,
      expectedVersion: 0,
      data: { name: { en: "Name 1" } },
      actorId: editor.id,
    });
    for (let i = 2; i <= 45 && saved.ok; i++) {
      saved = await saveDraft(testDb, personAdapter, {
        workingCopyId: saved.workingCopyId,
        expectedVersion: saved.version,
        data: { name: { en: `Name ${i}` } },
        actorId: editor.id,
      });
    }
    if (!saved.ok) throw new Error("save refused");
    const count = await testDb.revision.count({ where: { workingCopyId: saved.workingCopyId } });
    expect(count).toBe(46); // the published version, then 45 saves

    const first = await listRevisions(testDb, personAdapter, saved.workingCopyId, 1);
    expect(first.pages).toBe(Math.ceil(count / REVISIONS_PER_PAGE));
    expect(first.revisions).toHaveLength(REVISIONS_PER_PAGE);
    expect(first.revisions[0]).toMatchObject({
      version: 46,
      changes: [{ field: "Name (English)", before: "Name 44", after: "Name 45" }],
    });
    expect(first.revisions.at(-1)).toMatchObject({
      version: 27,
      changes: [{ before: "Name 25", after: "Name 26" }],
    });

    const last = await listRevisions(testDb, personAdapter, saved.workingCopyId, first.pages);
    expect(last.revisions.map((r) => r.version)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(last.revisions.at(-1)).toMatchObject({
      action: "PUBLISH",
      restorable: true,
      changes: [{ after: opened!.data.name.en }],
    });
    expect(
      (await listRevisions(testDb, personAdapter, saved.workingCopyId, first.pages + 1)).revisions,
    ).toEqual([]);
  });

  it("marks a publish row restorable only when its version was never saved separately", async () => {
    const editor = await makeUser();
    const person = await testDb.person.create({
      data: { name: { en: "Someone published twice" } },
    });
    const saved = await saveDraft(testDb, personAdapter, {
      entityId: person.id,
      expectedVersion: 0,
      data: { name: { en: "Renamed" } },
      actorId: editor.id,
    });
    if (!saved.ok) throw new Error("save refused");
    await publishDraft(testDb, personAdapter, {
      workingCopyId: saved.workingCopyId,
      expectedVersion: saved.version,
      actorId: editor.id,
    });
    const { revisions } = await listRevisions(testDb, personAdapter, saved.workingCopyId, 1);
    expect(revisions.map((r) => [r.version, r.action, r.restorable])).toEqual([
      [2, "PUBLISH", false],
      [2, "SAVE", true],
      [1, "PUBLISH", true],
    ]);
  });
});
