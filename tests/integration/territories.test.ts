import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { placeAdapter } from "@/lib/content/adapters/place";
import { territoryAdapter } from "@/lib/content/adapters/territory";
import type { ContentAdapter } from "@/lib/content/types";
import { deleteDocument, publishDraft, saveDraft } from "@/lib/content/working-copies";
import { PlaceInput } from "@/lib/schemas/place";
import { TerritoryInput } from "@/lib/schemas/territory";
import { testDb } from "../support/db";
import { expectRefused } from "../support/schemas";
import { makeUser } from "../support/users";

const blank = { en: "", vi: "", ja: "" };
const territoryForm = (predecessorId: string, sourceId: string) => ({
  placeSlug: "nghe-an",
  validFrom: "2026-01-01",
  validTo: "",
  note: { en: "A test merger", vi: "", ja: "" },
  predecessors: [{ territoryId: predecessorId, effectiveOn: "2026-01-01", note: blank, sourceId }],
});

/** Saves and publishes a new record as an editor would, returning its id. */
async function publishNew<Input>(adapter: ContentAdapter<Input>, data: Input, actorId: number) {
  const saved = await saveDraft(testDb, adapter, { expectedVersion: 0, data, actorId });
  if (!saved.ok) throw new Error("first save refused");
  const published = await publishDraft(testDb, adapter, {
    workingCopyId: saved.workingCopyId,
    expectedVersion: 1,
    actorId,
  });
  if (!published.ok) throw new Error(`publish refused: ${JSON.stringify(published)}`);
  return { ...published, workingCopyId: saved.workingCopyId };
}

/** Deletes a record that has a working copy at version 1 (published once, never edited). */
const deleteOnce = <Input>(
  adapter: ContentAdapter<Input>,
  workingCopyId: number,
  actorId: number,
) => deleteDocument(testDb, adapter, { workingCopyId, expectedVersion: 1, actorId });

describe("territory schema", () => {
  it("reads a form post: blank dates are unknown, predecessor ids are numbers", () => {
    expect(
      TerritoryInput.parse({ ...territoryForm("3", "12"), validFrom: "", note: blank }),
    ).toEqual({
      placeSlug: "nghe-an",
      validFrom: undefined,
      validTo: undefined,
      note: undefined,
      predecessors: [{ territoryId: 3, effectiveOn: "2026-01-01", note: undefined, sourceId: 12 }],
    });
  });

  it("refuses a missing place, dates out of order, a month where a day is needed, and a repeated predecessor", () => {
    expectRefused(
      TerritoryInput,
      { ...territoryForm("3", "12"), placeSlug: "" },
      ["placeSlug"],
      /Choose the place/,
    );
    expectRefused(
      TerritoryInput,
      { ...territoryForm("3", "12"), validTo: "2025-12-31" },
      ["validTo"],
      /begin before they end/,
    );
    expectRefused(
      TerritoryInput,
      { ...territoryForm("3", "12"), validTo: "2027-06" },
      ["validTo"],
      /Give the day/,
    );
    expectRefused(
      TerritoryInput,
      {
        ...territoryForm("3", "12"),
        predecessors: [{ territoryId: "3", effectiveOn: "", sourceId: "" }],
      },
      ["predecessors", 0, "effectiveOn"],
      /day the change took effect/,
    );
    const twice = territoryForm("3", "12").predecessors[0];
    expectRefused(
      TerritoryInput,
      { ...territoryForm("3", "12"), predecessors: [twice, twice] },
      ["predecessors"],
      /once/,
    );
  });
});

describe("territories: publish, read back, delete", () => {
  const slug = `territory-test-${randomUUID().slice(0, 8)}`;
  let placeCopyId = 0;

  afterAll(async () => {
    const actor = await makeUser();
    if (placeCopyId)
      expect(await deleteOnce(placeAdapter, placeCopyId, actor.id)).toMatchObject({ ok: true });
  });

  it("records a merger into a new territory, reads it back as entered, and refuses deletes that would break the history", async () => {
    const editor = await makeUser();
    const source = await testDb.source.findFirstOrThrow();
    // A new place starts with one territory of unknown bounds.
    const place = await publishNew(
      placeAdapter,
      PlaceInput.parse({
        slug,
        kind: "PROVINCE",
        country: "VN",
        name: { en: "Territory Test" },
        parentSlug: "vietnam",
      }),
      editor.id,
    );
    placeCopyId = place.workingCopyId;
    const first = await testDb.territory.findFirstOrThrow({ where: { placeId: place.entityId } });

    const input = TerritoryInput.parse({
      ...territoryForm(String(first.id), String(source.id)),
      placeSlug: slug,
    });
    const merged = await publishNew(territoryAdapter, input, editor.id);
    expect(merged.tags).toEqual(expect.arrayContaining(["places", "figures", `place:${slug}`]));
    expect(
      await testDb.$transaction((tx) => territoryAdapter.loadPublished(tx, merged.entityId)),
    ).toEqual(input);

    // The earlier territory has a successor, and a place needs at least one territory.
    const refusal = await deleteDocument(testDb, territoryAdapter, {
      entityId: first.id,
      expectedVersion: 0,
      actorId: editor.id,
    });
    expect(refusal).toEqual({
      ok: false,
      reason: "it is still referred to by 1 later territory formed from it.",
    });
    expect(await deleteOnce(territoryAdapter, merged.workingCopyId, editor.id)).toMatchObject({
      ok: true,
    });
    expect(await testDb.territorySuccession.count({ where: { predecessorId: first.id } })).toBe(0);
    const onlyOne = await deleteDocument(testDb, territoryAdapter, {
      entityId: first.id,
      expectedVersion: 0,
      actorId: editor.id,
    });
    expect(onlyOne).toEqual({
      ok: false,
      reason: expect.stringMatching(/only territory of its place/),
    });
  });

  it("refuses to delete, or move to another place, a territory that figures describe", async () => {
    const editor = await makeUser();
    const described = await testDb.territory.findFirstOrThrow({
      where: { observations: { some: {} } },
      include: { _count: { select: { observations: true } } },
    });
    const refusal = await deleteDocument(testDb, territoryAdapter, {
      entityId: described.id,
      expectedVersion: 0,
      actorId: editor.id,
    });
    const figures = described._count.observations;
    expect(refusal).toEqual({
      ok: false,
      reason: `it is still referred to by ${figures} ${figures === 1 ? "figure" : "figures"}.`,
    });

    const current = await testDb.$transaction((tx) =>
      territoryAdapter.loadPublished(tx, described.id),
    );
    const otherPlace = current!.placeSlug === "gifu" ? "kochi" : "gifu";
    const saved = await saveDraft(testDb, territoryAdapter, {
      entityId: described.id,
      expectedVersion: 0,
      data: { ...current!, placeSlug: otherPlace },
      actorId: editor.id,
    });
    if (!saved.ok) throw new Error("save refused");
    const published = await publishDraft(testDb, territoryAdapter, {
      workingCopyId: saved.workingCopyId,
      expectedVersion: saved.version,
      actorId: editor.id,
    });
    expect(published).toEqual({
      ok: false,
      invalid: expect.stringMatching(/figures describe these boundaries/),
    });
    expect(
      (await testDb.territory.findUniqueOrThrow({ where: { id: described.id } })).placeId,
    ).toBe(described.placeId);
    // Put the draft back as it was, so the shared database keeps no stray working copy.
    await testDb.workingCopy.delete({ where: { id: saved.workingCopyId } });
  });
});
