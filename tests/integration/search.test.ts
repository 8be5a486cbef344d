import { describe, expect, it } from "vitest";
import { sectorAdapter } from "@/lib/content/adapters/sector";
import { deleteDocument, publishDraft, saveDraft } from "@/lib/content/working-copies";
import { search, searchRecordIds } from "@/lib/data/search";
import { SearchQuery } from "@/lib/schemas/search";
import { testDb } from "../support/db";
import { makeUser } from "../support/users";

const run = (q: string, extra: Record<string, unknown> = {}) =>
  search(SearchQuery.parse({ q, ...extra }));
const slugsOf = async (q: string, kind: string) =>
  (await run(q)).find((g) => g.kind === kind)?.hits.map((h) => h.slug) ?? [];
const first = async (q: string) => (await run(q))[0]?.hits[0];

describe("search: diacritics and case", () => {
  it("finds Nghệ An the same way with or without diacritics, in any case", async () => {
    for (const q of ["nghe an", "Nghệ An", "NGHE AN", "nghệ an"]) {
      const hit = await first(q);
      expect(hit, q).toMatchObject({ kind: "PLACE", slug: "nghe-an" });
    }
  });

  it("finds Bắc Ninh from 'bac ninh' and ranks the province above what merely mentions it", async () => {
    expect((await slugsOf("bac ninh", "PLACE"))[0]).toBe("bac-ninh");
    const groups = await run("bac ninh");
    expect(groups[0].kind).toBe("PLACE");
    expect(groups.map((g) => g.kind)).toContain("MEETING");
  });

  it("folds đ: 'dao hong lan' finds Đào Hồng Lan, highlighted in Vietnamese", async () => {
    const hit = (await run("dao hong lan", { locale: "vi" })).find((g) => g.kind === "PERSON")!
      .hits[0];
    expect(hit.title.vi).toBe("Đào Hồng Lan");
    expect(hit.highlighted).toEqual({
      lang: "vi",
      segments: [{ text: "Đào Hồng Lan", match: true }],
    });
  });

  it("finds words in any order", async () => {
    expect(await slugsOf("kanagawa bac ninh", "RELATIONSHIP")).toContain("bac-ninh-kanagawa");
  });
});

describe("search: Japanese and typos", () => {
  it("finds Kanagawa from 神奈川, and highlights the Japanese title", async () => {
    const hit = await first("神奈川");
    expect(hit).toMatchObject({ kind: "PLACE", slug: "kanagawa" });
    const ja = (await run("神奈川", { locale: "ja" }))[0].hits[0];
    expect(ja.highlighted.segments).toEqual([
      { text: "神奈川", match: true },
      { text: "県", match: false },
    ]);
  });

  it("finds two-character Japanese names (岐阜 is Gifu)", async () => {
    expect((await slugsOf("岐阜", "PLACE"))[0]).toBe("gifu");
  });

  it("tolerates small typos", async () => {
    expect((await first("kanagwa"))?.slug).toBe("kanagawa");
    expect((await slugsOf("bac nihn", "PLACE"))[0]).toBe("bac-ninh");
    expect((await slugsOf("shizuka", "PLACE"))[0]).toBe("shizuoka");
  });

  it("finds nothing for text that is nowhere, and treats LIKE wildcards as text", async () => {
    expect(await run("qqxxzz")).toEqual([]);
    expect(await run("%%")).toEqual([]);
    expect(await run("__")).toEqual([]);
  });
});

describe("search: shape and bounds", () => {
  it("groups by kind, each capped at perKind, with a link context", async () => {
    const groups = await run("nghe an", { perKind: 2 });
    expect(new Set(groups.map((g) => g.kind)).size).toBe(groups.length);
    for (const group of groups) expect(group.hits.length).toBeLessThanOrEqual(2);
    const meeting = groups.find((g) => g.kind === "MEETING")!.hits[0];
    expect(meeting.context).toMatchObject({
      startsOn: expect.any(String),
      datePrecision: expect.any(String),
    });
    const relationship = (await run("gifu")).find((g) => g.kind === "RELATIONSHIP")!.hits[0];
    expect(relationship.context).toMatchObject({
      vietnamesePlace: "nghe-an",
      japanesePlace: "gifu",
    });
  });

  it("refuses queries too short, too long, or with unknown parameters", () => {
    expect(SearchQuery.safeParse({ q: "a" }).success).toBe(false);
    expect(SearchQuery.safeParse({ q: "a".repeat(101) }).success).toBe(false);
    expect(SearchQuery.safeParse({ q: "nghe an", perKind: "500" }).success).toBe(false);
    expect(SearchQuery.safeParse({ q: "nghe an", sort: "x" }).success).toBe(false);
  });

  it("escapes nothing itself: segments are plain text for React to escape", async () => {
    const hit = await first("nghe an");
    expect(hit!.highlighted.segments.map((s) => s.text).join("")).toBe("Nghe An");
  });
});

describe("search index follows publishing", () => {
  it("finds a sector once published, under its new name once renamed, and not once deleted", async () => {
    const user = await makeUser();
    const input = {
      slug: "ceramics-test",
      name: { en: "Ceramics test sector", vi: "Gốm sứ thử nghiệm" },
    };
    const saved = await saveDraft(testDb, sectorAdapter, {
      expectedVersion: 0,
      data: input,
      actorId: user.id,
    });
    if (!saved.ok) throw new Error("save failed");
    expect(await searchRecordIds("SECTOR", "gom su thu")).toEqual([]);
    const published = await publishDraft(testDb, sectorAdapter, {
      workingCopyId: saved.workingCopyId,
      expectedVersion: 1,
      actorId: user.id,
    });
    if (!published.ok) throw new Error("publish failed");
    expect(await searchRecordIds("SECTOR", "gom su thu")).toEqual([published.entityId]);

    const renamed = await saveDraft(testDb, sectorAdapter, {
      workingCopyId: saved.workingCopyId,
      expectedVersion: 1,
      data: { ...input, name: { en: "Porcelain test sector" } },
      actorId: user.id,
    });
    if (!renamed.ok) throw new Error("save failed");
    await publishDraft(testDb, sectorAdapter, {
      workingCopyId: saved.workingCopyId,
      expectedVersion: 2,
      actorId: user.id,
    });
    expect(await searchRecordIds("SECTOR", "gom su thu")).toEqual([]);
    expect(await searchRecordIds("SECTOR", "porcelain test")).toEqual([published.entityId]);

    await deleteDocument(testDb, sectorAdapter, {
      workingCopyId: saved.workingCopyId,
      expectedVersion: 2,
      actorId: user.id,
    });
    expect(await searchRecordIds("SECTOR", "porcelain test")).toEqual([]);
  });
});

describe("staff lists' Find", () => {
  it("finds published records through the index, best first, diacritics and Japanese included", async () => {
    const { contentAreas } = await import("@/lib/content/areas");
    const { listDocuments } = await import("@/lib/content/documents");
    const places = await listDocuments("places", contentAreas.places, "nghệ an");
    expect(places[0].title).toMatch(/^Nghe An/);
    expect((await listDocuments("places", contentAreas.places, "岐阜"))[0].title).toMatch(/^Gifu/);
    const figures = await listDocuments("figures", contentAreas.figures, "kanagawa");
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((d) => d.title.startsWith("Kanagawa"))).toBe(true);
    expect(await listDocuments("people", contentAreas.people, "zzqqxx")).toEqual([]);
    // Without a query: every published record (drafts other tests left are listed besides).
    const everyone = await listDocuments("people", contentAreas.people);
    expect(everyone.filter((d) => d.state !== "draft").length).toBe(await testDb.person.count());
  });

  it("finds drafts never published by their text", async () => {
    const { contentAreas } = await import("@/lib/content/areas");
    const { listDocuments } = await import("@/lib/content/documents");
    const user = await makeUser();
    await saveDraft(testDb, sectorAdapter, {
      expectedVersion: 0,
      data: { slug: "lacquer-draft", name: { en: "Lacquerware draft", vi: "Sơn mài" } },
      actorId: user.id,
    });
    const found = await listDocuments("sectors", contentAreas.sectors, "son mai");
    expect(found).toEqual([
      expect.objectContaining({ title: "Lacquerware draft", state: "draft" }),
    ]);
  });
});
