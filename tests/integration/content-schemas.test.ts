import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { observationAdapter } from "@/lib/content/adapters/observation";
import { personAdapter } from "@/lib/content/adapters/person";
import { placeAdapter } from "@/lib/content/adapters/place";
import { relationshipAdapter } from "@/lib/content/adapters/relationship";
import { sourceAdapter } from "@/lib/content/adapters/source";
import { stampTranslations } from "@/lib/content/translations";
import type { ContentAdapter } from "@/lib/content/types";
import {
  deleteDocument,
  openDocument,
  publishDraft,
  saveDraft,
} from "@/lib/content/working-copies";
import { asText } from "@/lib/i18n/text";
import { MeetingInput } from "@/lib/schemas/meeting";
import { ObservationInput } from "@/lib/schemas/observation";
import { PersonInput } from "@/lib/schemas/person";
import { PlaceInput } from "@/lib/schemas/place";
import { RelationshipInput } from "@/lib/schemas/relationship";
import { SourceInput } from "@/lib/schemas/source";
import { testDb } from "../support/db";
import { expectRefused } from "../support/schemas";
import { makeUser } from "../support/users";

/** Deletes as the confirmation page does: at the version the editor was shown. */
async function deleteAsShown<Input>(
  adapter: ContentAdapter<Input>,
  ref: { entityId?: number; workingCopyId?: number },
  actorId: number,
) {
  const shown = await openDocument(testDb, adapter, ref);
  return deleteDocument(testDb, adapter, { ...ref, expectedVersion: shown?.version ?? 0, actorId });
}

const unique = () => `${Date.now()}-${randomUUID().slice(0, 8)}`;
const blank = { en: "", vi: "", ja: "" };

// Form-like inputs: every value a string, as a form post sends it; blank optional fields "".
const sourceForm = () => ({
  publisher: " Nghe An Department of Planning and Investment ",
  title: "Japanese investment in Nghe An",
  url: ` https://example.org/schemas-test/${unique()} `,
  publishedOn: "2024-05",
  kind: "PRIMARY",
  note: { en: "Checked against the PDF", vi: "Đã đối chiếu", ja: "" },
});
const personForm = () => ({ name: { en: "Nguyen Van Schema", vi: "Nguyễn Văn Schema", ja: "" } });
const placeForm = (sourceId: string) => ({
  slug: `schemas-pref-${unique()}`,
  kind: "PREFECTURE",
  country: "JP",
  name: { en: "Schema Prefecture", vi: "", ja: "スキーマ県" },
  summary: blank,
  parentSlug: "japan",
  priorities: [{ sectorSlug: "electronics", sourceId, note: blank }],
});
const relationshipForm = (sourceId: string) => ({
  slug: `schemas-rel-${unique()}`,
  vietnamesePlaceSlug: "nghe-an",
  japanesePlaceSlug: "gifu",
  kind: "MEMORANDUM_OF_COOPERATION",
  status: "SIGNED",
  statusAsOf: "2024-05-17",
  evidence: "DOCUMENTED",
  since: "2019-04",
  sinceInferred: "on",
  endedOn: "",
  summary: { en: "A test memorandum.", vi: "", ja: "" },
  sourceIds: [sourceId],
});
const observationForm = (territoryId: string, sourceId: string) => ({
  territoryId,
  counterpartSlug: "japan",
  measure: "FDI_REGISTERED_CAPITAL",
  value: "1,670,000,000",
  qualifier: "OVER",
  unit: "USD",
  basis: "FLOW",
  asOf: "2024-09",
  periodStart: "2024-01",
  isEstimate: "on",
  rank: "3",
  rankOf: "63",
  note: blank,
  sourceId,
});
const meetingForm = () => ({
  slug: "2026-01-15-schemas-visit",
  kind: "VISIT",
  title: { en: "A schema visit", vi: "", ja: "" },
  summary: { en: "Written by the schema test.", vi: "", ja: "" },
  startsOn: "2026-01-15",
  endsOn: "2026-01-16",
  dateNote: blank,
  venue: { en: "Vinh", vi: "", ja: "" },
  placeSlugs: ["nghe-an"],
  sectorSlugs: [],
  participants: [{ personId: "4", side: "JAPAN", title: blank, organisation: blank }],
  outcomes: [
    {
      description: { en: "Agreed to meet again" },
      commitment: "AGREED",
      side: "BOTH",
      followUp: "",
      followUpNote: blank,
    },
  ],
  sourceIds: ["12"],
});

describe("content schemas", () => {
  it("parses form-like input for each of the six kinds of record", () => {
    expect(SourceInput.parse(sourceForm())).toMatchObject({
      publisher: "Nghe An Department of Planning and Investment",
      url: expect.stringMatching(/^https:\/\/\S+$/),
      note: { en: "Checked against the PDF", vi: "Đã đối chiếu" },
    });
    expect(SourceInput.parse(sourceForm()).note).not.toHaveProperty("ja");
    expect(SourceInput.parse({ ...sourceForm(), publishedOn: "", note: blank })).toMatchObject({
      publishedOn: undefined,
      note: undefined,
    });
    expect(PersonInput.parse(personForm()).name.en).toBe("Nguyen Van Schema");
    expect(PlaceInput.parse(placeForm("12"))).toMatchObject({
      summary: undefined,
      priorities: [{ sectorSlug: "electronics", sourceId: 12, note: undefined }],
    });
    expect(RelationshipInput.parse(relationshipForm("12"))).toMatchObject({
      sinceInferred: true,
      endedOn: undefined,
      sourceIds: [12],
    });
    expect(
      RelationshipInput.parse({ ...relationshipForm("12"), sinceInferred: undefined })
        .sinceInferred,
    ).toBe(false);
    expect(ObservationInput.parse(observationForm("3", "12"))).toMatchObject({
      territoryId: 3,
      sourceId: 12,
      value: "1670000000",
      isEstimate: true,
      rank: 3,
      rankOf: 63,
      note: undefined,
    });
    expect(
      ObservationInput.parse({
        ...observationForm("3", "12"),
        qualifier: "",
        rank: "",
        rankOf: "",
      }),
    ).toMatchObject({ qualifier: "EXACT", rank: undefined, rankOf: undefined });
    expect(MeetingInput.parse(meetingForm())).toMatchObject({
      participants: [{ personId: 4, title: undefined }],
      outcomes: [{ followUp: "UNKNOWN" }],
      sourceIds: [12],
    });
  });

  it("refuses invalid sources, people and places on the field at fault", () => {
    expectRefused(
      SourceInput,
      { ...sourceForm(), url: "ftp://example.org/file.pdf" },
      ["url"],
      /https/,
    );
    expectRefused(SourceInput, { ...sourceForm(), url: "example.org/page" }, ["url"]);
    expectRefused(SourceInput, { ...sourceForm(), publisher: "   " }, ["publisher"], /publisher/);
    expectRefused(
      SourceInput,
      { ...sourceForm(), note: { en: "", vi: "Chỉ tiếng Việt", ja: "" } },
      ["note", "en"],
      /English/,
    );
    expectRefused(PersonInput, { name: { en: " ", vi: "Nguyễn Văn A", ja: "" } }, ["name", "en"]);
    expectRefused(
      PlaceInput,
      { ...placeForm("12"), kind: "PREFECTURE", country: "VN" },
      ["kind"],
      /prefectures/i,
    );
    expectRefused(PlaceInput, { ...placeForm("12"), slug: "Bac Ninh!" }, ["slug"]);
    expectRefused(PlaceInput, { ...placeForm("12"), slug: "double--hyphen" }, ["slug"]);
    expectRefused(PlaceInput, { ...placeForm("12"), summary: { en: "", vi: "Tóm tắt", ja: "" } }, [
      "summary",
      "en",
    ]);
  });

  it("refuses invalid relationships, figures and meetings on the field at fault", () => {
    expectRefused(
      RelationshipInput,
      { ...relationshipForm("12"), sourceIds: [] },
      ["sourceIds"],
      /source/,
    );
    expectRefused(
      RelationshipInput,
      { ...relationshipForm("12"), since: "" },
      ["since"],
      /signing/,
    );
    expectRefused(
      RelationshipInput,
      { ...relationshipForm("12"), since: "2019-04", endedOn: "2019-03-31" },
      ["endedOn"],
    );
    expect(
      RelationshipInput.safeParse({
        ...relationshipForm("12"),
        since: "2019-04",
        endedOn: "2019-04-01",
      }).success,
    ).toBe(true);
    expectRefused(
      ObservationInput,
      { ...observationForm("3", "12"), sourceId: "" },
      ["sourceId"],
      /source/,
    );
    const withoutSource: Partial<ReturnType<typeof observationForm>> = observationForm("3", "12");
    delete withoutSource.sourceId;
    expectRefused(ObservationInput, withoutSource, ["sourceId"], /source/);
    expectRefused(
      ObservationInput,
      { ...observationForm("3", "12"), value: "1.67bn" },
      ["value"],
      /digits/,
    );
    expectRefused(
      ObservationInput,
      { ...observationForm("3", "12"), basis: "STOCK" },
      ["periodStart"],
      /flow/,
    );
    expectRefused(ObservationInput, { ...observationForm("3", "12"), rankOf: "" }, ["rankOf"]);
    expectRefused(ObservationInput, { ...observationForm("3", "12"), rank: "64" }, ["rank"]);
    expectRefused(ObservationInput, { ...observationForm("3", "12"), note: { vi: "Ước tính" } }, [
      "note",
      "en",
    ]);
    expectRefused(MeetingInput, { ...meetingForm(), endsOn: "2026-01-14" }, ["endsOn"]);
    expectRefused(
      MeetingInput,
      { ...meetingForm(), title: { en: "", vi: "Chuyến thăm", ja: "" } },
      ["title", "en"],
    );
    expectRefused(MeetingInput, { ...meetingForm(), venue: { en: "", vi: "Vinh", ja: "" } }, [
      "venue",
      "en",
    ]);
    // A blank or malformed date is an error on its field, not an exception (a blank form once threw).
    for (const startsOn of ["", "soon", "2026-1-5"])
      expectRefused(
        MeetingInput,
        { ...meetingForm(), startsOn, endsOn: "" },
        ["startsOn"],
        /YYYY-MM-DD/,
      );
    expectRefused(
      MeetingInput,
      { ...meetingForm(), startsOn: "2026-02-30", endsOn: "" },
      ["startsOn"],
      /does not exist/,
    );
    expectRefused(
      ObservationInput,
      { ...observationForm("3", "12"), asOf: "" },
      ["asOf"],
      /YYYY-MM-DD/,
    );
  });

  it("takes a range and a yearly rate, and refuses a range that is not one", () => {
    const rate = {
      ...observationForm("3", "12"),
      measure: "WORKERS_SENT_ABROAD",
      unit: "PERSONS",
      basis: "ANNUAL_RATE",
      qualifier: "ABOUT",
      value: "3,000",
      valueHigh: "4,000",
      periodStart: "",
      asOf: "2019-04",
    };
    expect(ObservationInput.parse(rate)).toMatchObject({
      value: "3000",
      valueHigh: "4000",
      basis: "ANNUAL_RATE",
      periodStart: undefined,
    });
    expect(ObservationInput.parse({ ...rate, valueHigh: "" }).valueHigh).toBeUndefined();
    // A rate may name the years it covers; a level at a date may not.
    expect(ObservationInput.parse({ ...rate, periodStart: "2017-01" }).periodStart).toBe("2017-01");
    expectRefused(
      ObservationInput,
      { ...rate, basis: "STOCK", periodStart: "2017-01" },
      ["periodStart"],
      /flow/,
    );
    for (const valueHigh of ["3000", "2999.99", "-4000"])
      expectRefused(ObservationInput, { ...rate, valueHigh }, ["valueHigh"], /above/);
    // Compared exactly, not as floating point: these two are the same double.
    expect(
      ObservationInput.safeParse({
        ...rate,
        value: "9007199254740992",
        valueHigh: "9007199254740993",
      }).success,
    ).toBe(true);
    expectRefused(ObservationInput, { ...rate, valueHigh: "4k" }, ["valueHigh"], /digits/);
    expectRefused(ObservationInput, { ...rate, qualifier: "OVER" }, ["qualifier"], /range/);
    // The range check is reported together with other errors.
    const both = ObservationInput.safeParse({ ...rate, valueHigh: "100", sourceId: "" });
    expect(both.error?.issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["valueHigh", "sourceId"]),
    );
  });

  it("takes outcome sides, attendee groups, sought fields and a date known only as a bound", () => {
    const form = {
      ...meetingForm(),
      endsOn: "",
      dateIsUpperBound: "on",
      dateNote: { en: "Mentioned in a report of 30 Nov 2023 without a date", vi: "", ja: "" },
      investmentSectorSlugs: ["industry", "industry"],
      attendeeGroups: [{ side: "JAPAN", name: { en: "Japanese firms", vi: "", ja: "" } }],
      outcomes: [
        {
          description: { en: "Open a cultural centre" },
          commitment: "PROPOSED",
          side: "VIETNAM",
          followUp: "",
          followUpNote: blank,
        },
      ],
    };
    expect(MeetingInput.parse(form)).toMatchObject({
      dateIsUpperBound: true,
      investmentSectorSlugs: ["industry"],
      attendeeGroups: [{ side: "JAPAN" }],
      outcomes: [{ side: "VIETNAM" }],
    });
    expect(
      MeetingInput.parse({ ...form, outcomes: [{ ...form.outcomes[0], side: "" }] }).outcomes[0]
        .side,
    ).toBeUndefined();
    expectRefused(
      MeetingInput,
      { ...form, outcomes: [{ ...form.outcomes[0], side: "JAPANESE" }] },
      ["outcomes", 0, "side"],
      /who proposed/,
    );
    expectRefused(
      MeetingInput,
      { ...form, attendeeGroups: [{ side: "BOTH", name: { en: "Everyone" } }] },
      ["attendeeGroups", 0, "side"],
    );
    expectRefused(
      MeetingInput,
      { ...form, attendeeGroups: [{ side: "JAPAN", name: { en: "" } }] },
      ["attendeeGroups", 0, "name", "en"],
    );
    expectRefused(MeetingInput, { ...form, endsOn: "2026-01-16" }, ["endsOn"], /before a date/);
    expectRefused(
      MeetingInput,
      { ...form, dateNote: blank },
      ["dateNote", "en"],
      /where the “before” date comes from/,
    );
  });

  it("refuses dates that share one precision column but are given unlike, and drops repeated ids", () => {
    // One precision is stored for both dates, so "2024" with "2024-03" could not be read back as entered.
    expectRefused(
      ObservationInput,
      { ...observationForm("3", "12"), asOf: "2024", periodStart: "2024-03" },
      ["periodStart"],
      /precisely/,
    );
    expectRefused(
      MeetingInput,
      { ...meetingForm(), startsOn: "2026", endsOn: "2026-03-15" },
      ["endsOn"],
      /precisely/,
    );
    expect(
      RelationshipInput.parse({ ...relationshipForm("12"), sourceIds: ["12", "12", "13"] })
        .sourceIds,
    ).toEqual([12, 13]);
    expect(MeetingInput.parse({ ...meetingForm(), sourceIds: ["5", "5"] }).sourceIds).toEqual([5]);
  });
});

describe("content round trips and deletes", () => {
  let createdPersonId = 0;
  const cleanup: [ContentAdapter<unknown>, number][] = [];

  afterAll(async () => {
    // Leave the shared database as the seed made it (figures and relationships of seeded places).
    const actor = await makeUser();
    for (const [adapter, entityId] of cleanup.reverse()) {
      expect(await deleteAsShown(adapter, { entityId }, actor.id)).toMatchObject({ ok: true });
    }
  });

  /** Saves the parsed input as a new draft, publishes it and reads the published record back. */
  async function roundTrip<Input>(adapter: ContentAdapter<Input>, form: unknown) {
    const editor = await makeUser();
    const parsed = adapter.schema.parse(form);
    const saved = await saveDraft(testDb, adapter, {
      expectedVersion: 0,
      data: parsed,
      actorId: editor.id,
    });
    if (!saved.ok) throw new Error("first save refused");
    expect(saved.version).toBe(1);
    const published = await publishDraft(testDb, adapter, {
      workingCopyId: saved.workingCopyId,
      expectedVersion: 1,
      actorId: editor.id,
    });
    if (!published.ok) throw new Error(`publish refused: ${JSON.stringify(published)}`);
    cleanup.push([adapter as ContentAdapter<unknown>, published.entityId]);
    const loaded = await testDb.$transaction((tx) => adapter.loadPublished(tx, published.entityId));
    // As entered, plus the state saving gives each translated text (lib/content/translations.ts).
    return {
      parsed: adapter.namesOnly ? parsed : stampTranslations(parsed),
      loaded,
      entityId: published.entityId,
    };
  }

  it("publishes a new source and reads it back as entered", async () => {
    const { parsed, loaded } = await roundTrip(sourceAdapter, sourceForm());
    expect(loaded).toEqual(parsed);
    expect(loaded?.publishedOn).toBe("2024-05");
  });

  it("publishes a new person and reads them back as entered", async () => {
    const { parsed, loaded, entityId } = await roundTrip(personAdapter, personForm());
    expect(loaded).toEqual(parsed);
    createdPersonId = entityId;
    cleanup.pop(); // deleted by the delete test below
  });

  it("publishes a new place with a priority and reads it back as entered", async () => {
    const source = await testDb.source.findFirstOrThrow();
    const { parsed, loaded, entityId } = await roundTrip(
      placeAdapter,
      placeForm(String(source.id)),
    );
    expect(loaded).toEqual(parsed);
    expect(loaded?.priorities).toHaveLength(1);
    expect(await testDb.territory.count({ where: { placeId: entityId } })).toBe(1);
  });

  it("publishes a new relationship and reads it back as entered", async () => {
    const source = await testDb.source.findFirstOrThrow();
    // A status confirmed only for a year and an end given as a month keep their precision.
    const { parsed, loaded } = await roundTrip(relationshipAdapter, {
      ...relationshipForm(String(source.id)),
      statusAsOf: "2024",
      endedOn: "2025-06",
    });
    expect(loaded).toEqual(parsed);
    expect(loaded).toMatchObject({
      since: "2019-04",
      statusAsOf: "2024",
      endedOn: "2025-06",
      sinceInferred: true,
      sourceIds: [source.id],
    });
  });

  it("publishes a new figure and reads it back as entered", async () => {
    const [source, territory] = await Promise.all([
      testDb.source.findFirstOrThrow(),
      testDb.territory.findFirstOrThrow({ where: { place: { slug: "nghe-an" } } }),
    ]);
    const { parsed, loaded } = await roundTrip(
      observationAdapter,
      observationForm(String(territory.id), String(source.id)),
    );
    expect(loaded).toEqual(parsed);
    expect(loaded).toMatchObject({
      value: "1670000000",
      periodStart: "2024-01",
      asOf: "2024-09",
      counterpartSlug: "japan",
    });
  });

  it("refuses to delete a person who took part in a meeting, and keeps them", async () => {
    const actor = await makeUser();
    const participant = await testDb.participant.findFirstOrThrow({
      include: { person: true, meeting: true },
    });
    const result = await deleteAsShown(personAdapter, { entityId: participant.personId }, actor.id);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/meeting/);
      expect(result.reason).toContain(asText(participant.meeting.title).en);
    }
    expect(await testDb.person.findUnique({ where: { id: participant.personId } })).not.toBeNull();
  });

  it("refuses to delete a source that a figure cites, and keeps it", async () => {
    const actor = await makeUser();
    const figure = await testDb.observation.findFirstOrThrow();
    const result = await deleteAsShown(sourceAdapter, { entityId: figure.sourceId }, actor.id);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/cited by \d+ figures?/) });
    expect(await testDb.source.findUnique({ where: { id: figure.sourceId } })).not.toBeNull();
  });

  it("deletes the unlinked person created above, with their working copy", async () => {
    expect(createdPersonId).toBeGreaterThan(0);
    const actor = await makeUser();
    const result = await deleteAsShown(personAdapter, { entityId: createdPersonId }, actor.id);
    expect(result).toMatchObject({ ok: true, tags: expect.arrayContaining(["people"]) });
    expect(await testDb.person.findUnique({ where: { id: createdPersonId } })).toBeNull();
    expect(
      await testDb.workingCopy.findFirst({
        where: { entityType: "PERSON", entityId: createdPersonId },
      }),
    ).toBeNull();
  });

  it("refuses to publish a place whose slug is taken, writing nothing", async () => {
    const editor = await makeUser();
    const data = PlaceInput.parse({
      ...placeForm(String((await testDb.source.findFirstOrThrow()).id)),
      slug: "bac-ninh",
      kind: "PROVINCE",
      country: "VN",
      parentSlug: "vietnam",
      priorities: [],
    });
    const bacNinh = await testDb.place.findUniqueOrThrow({ where: { slug: "bac-ninh" } });
    const [places, territories] = await Promise.all([
      testDb.place.count(),
      testDb.territory.count(),
    ]);
    const saved = await saveDraft(testDb, placeAdapter, {
      expectedVersion: 0,
      data,
      actorId: editor.id,
    });
    if (!saved.ok) throw new Error("first save refused");
    const published = await publishDraft(testDb, placeAdapter, {
      workingCopyId: saved.workingCopyId,
      expectedVersion: 1,
      actorId: editor.id,
    });
    expect(published).toEqual({ ok: false, invalid: expect.stringMatching(/web address/) });
    expect(await testDb.place.count()).toBe(places);
    expect(await testDb.territory.count()).toBe(territories);
    expect(await testDb.place.findUniqueOrThrow({ where: { slug: "bac-ninh" } })).toEqual(bacNinh);
    expect(
      (await testDb.workingCopy.findUniqueOrThrow({ where: { id: saved.workingCopyId } }))
        .publishedVersion,
    ).toBeNull();
    await deleteAsShown(placeAdapter, { workingCopyId: saved.workingCopyId }, editor.id);
  });
});
