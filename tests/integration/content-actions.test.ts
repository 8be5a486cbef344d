import { beforeEach, describe, expect, it, vi } from "vitest";
import { form, redirectOf, request, resetRequest } from "../support/actions";
import { invalidatedTags } from "../support/next-cache";
import { testDb } from "../support/db";
import { makeUser } from "../support/users";

vi.mock("@/lib/auth/session", async () => (await import("../support/actions")).sessionModule);
vi.mock("next/headers", async () => (await import("../support/actions")).headersModule);
const { saveDocument, publishDocument, restoreDocumentRevision, deleteDocumentAction } =
  await import("@/lib/actions/content");
const { readFormReply } = await import("@/lib/actions/form-reply");

const snapshot = () =>
  Promise.all([
    testDb.workingCopy.count(),
    testDb.revision.count(),
    testDb.auditEvent.count(),
    testDb.person.count(),
    testDb.source.count(),
    testDb.observation.count(),
    testDb.meeting.count(),
  ]);

beforeEach(() => {
  resetRequest();
  invalidatedTags.length = 0;
});

describe("content actions without a session change nothing", () => {
  it("refuses saving, publishing, restoring and deleting in every area", async () => {
    const editor = await makeUser();
    request.actor = editor;
    const saved = await redirectOf(
      saveDocument("people", {}, form({ "ref.version": 0, "name.en": "Someone to publish" })),
    );
    const workingCopyId = Number(/\/admin\/people\/(\d+)/.exec(saved)![1]);
    const [participant, citedSource] = await Promise.all([
      testDb.participant.findFirstOrThrow(),
      testDb.observation.findFirstOrThrow(),
    ]);
    request.actor = null;
    const before = await snapshot();

    for (const area of ["meetings", "relationships", "figures", "people", "places", "sources"]) {
      const state = await saveDocument(
        area,
        {},
        form({ "ref.version": 0, "name.en": "Intruder", slug: "intruder" }),
      );
      expect(state.message).toMatch(/session has ended/);
    }
    expect(
      await redirectOf(
        publishDocument("people", form({ "ref.workingCopyId": workingCopyId, "ref.version": 1 })),
      ),
    ).toBe("/admin/sign-in");
    expect(
      await redirectOf(
        restoreDocumentRevision(
          "people",
          form({ "ref.workingCopyId": workingCopyId, "ref.version": 1, revisionId: 1 }),
        ),
      ),
    ).toBe("/admin/sign-in");
    expect(
      await redirectOf(
        deleteDocumentAction("people", form({ "ref.entityId": participant.personId })),
      ),
    ).toBe("/admin/sign-in");
    expect(
      await redirectOf(
        deleteDocumentAction("sources", form({ "ref.entityId": citedSource.sourceId })),
      ),
    ).toBe("/admin/sign-in");

    expect(await snapshot()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });
});

describe("content actions for an editor", () => {
  it("save, publish and delete a source, invalidating the pages that cite sources", async () => {
    request.actor = await makeUser();
    const url = `https://example.org/report-${Date.now()}`;
    const saved = await redirectOf(
      saveDocument(
        "sources",
        {},
        form({
          "ref.version": 0,
          publisher: "Example Office",
          title: "A report",
          url,
          kind: "PRIMARY",
          publishedOn: "2026-11",
        }),
      ),
    );
    expect(saved).toMatch(/^\/admin\/sources\/\d+\?saved=1$/);
    expect(await testDb.source.findUnique({ where: { url } })).toBeNull();
    const workingCopyId = Number(/(\d+)\?/.exec(saved)![1]);

    expect(
      await redirectOf(
        publishDocument("sources", form({ "ref.workingCopyId": workingCopyId, "ref.version": 1 })),
      ),
    ).toBe(`/admin/sources/${workingCopyId}?published=1`);
    const source = await testDb.source.findUniqueOrThrow({ where: { url } });
    expect(source).toMatchObject({ publisher: "Example Office", publishedPrecision: "MONTH" });
    expect(invalidatedTags).toEqual(expect.arrayContaining(["sources", "figures", "meetings"]));

    expect(
      await redirectOf(
        deleteDocumentAction(
          "sources",
          form({ "ref.workingCopyId": workingCopyId, "ref.version": 1 }),
        ),
      ),
    ).toBe("/admin/sources?deleted=1");
    expect(await testDb.source.findUnique({ where: { url } })).toBeNull();
    expect(
      await testDb.auditEvent.findFirst({
        where: { action: "deleted", subject: { contains: "Example Office" } },
      }),
    ).not.toBeNull();
  });

  it("refuses a figure without a source, naming the field, and saves nothing", async () => {
    request.actor = await makeUser();
    const territory = await testDb.territory.findFirstOrThrow();
    const before = await snapshot();
    const state = await saveDocument(
      "figures",
      {},
      form({
        "ref.version": 0,
        territoryId: territory.id,
        measure: "FDI_PROJECTS",
        value: "12",
        unit: "COUNT",
        basis: "STOCK",
        asOf: "2025",
        sourceId: "",
      }),
    );
    expect(state.errors?.sourceId).toMatch(/every figure needs one/);
    expect(state.values).toMatchObject({ value: "12", asOf: "2025" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to delete a person still listed in a meeting, with the reason kept for the page (not put in its address)", async () => {
    const editor = await makeUser();
    request.actor = editor;
    const participant = await testDb.participant.findFirstOrThrow({
      include: { meeting: { select: { title: true } } },
    });
    const before = await snapshot();
    const target = new URL(
      await redirectOf(
        deleteDocumentAction("people", form({ "ref.entityId": participant.personId })),
      ),
      "http://x",
    );
    expect(target.pathname).toBe("/admin/people/delete");
    expect([...target.searchParams.keys()].sort()).toEqual(["entity", "form"]);
    const kept = await readFormReply(editor.id, target.searchParams.get("form"));
    expect(kept?.message).toMatch(/^Not deleted: this person is listed as a participant in/);
    expect(kept?.message).toContain((participant.meeting.title as { en: string }).en);
    expect(await snapshot()).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });

  it("keeps a refused plain form post for its author and sends the browser back to the form", async () => {
    const editor = await makeUser();
    request.actor = editor;
    request.postedByScript = false;
    const before = await testDb.observation.count();
    const target = await redirectOf(
      saveDocument(
        "figures",
        {},
        form({
          "ref.version": 0,
          measure: "AREA",
          value: "1.67bn",
          unit: "KM2",
          basis: "STOCK",
          asOf: "2025",
        }),
      ),
    );
    const id = /^\/admin\/figures\/new\?form=([0-9a-f-]{36})$/.exec(target)?.[1];
    expect(id).toBeDefined();
    const kept = await readFormReply(editor.id, id);
    expect(kept?.errors).toMatchObject({
      value: expect.stringMatching(/full number in digits/),
      sourceId: expect.any(String),
      territoryId: expect.any(String),
    });
    expect(kept?.values).toMatchObject({ value: "1.67bn", asOf: "2025" });
    expect(await readFormReply((await makeUser()).id, id)).toBeUndefined();
    expect(await readFormReply(editor.id, "not-a-uuid")).toBeUndefined();
    expect(await testDb.observation.count()).toBe(before);

    request.actor = null;
    // Nothing is read from a post before its sender is authorized, so the way back is the area's list.
    expect(
      await redirectOf(saveDocument("people", {}, form({ "ref.version": 0, "name.en": "Nobody" }))),
    ).toBe("/admin/sign-in?next=%2Fadmin%2Fpeople");
  });

  it("refuses an area that does not exist, changing nothing", async () => {
    request.actor = await makeUser();
    const before = await snapshot();
    for (const area of ["users", "__proto__", "constructor", 42, null]) {
      expect(
        (await saveDocument(area, {}, form({ "ref.version": 0, "name.en": "Someone" }))).message,
      ).toMatch(/could not be read/);
      expect(
        await redirectOf(publishDocument(area, form({ "ref.workingCopyId": 1, "ref.version": 1 }))),
      ).toBe("/admin");
    }
    expect(await snapshot()).toEqual(before);
  });
});
