import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { createTagStore } from "@/lib/cache/tag-store.js";
import { formatTerritoryLabel } from "@/lib/format/territory";
import { groupIntoSeries } from "@/lib/figures";
import { testDb } from "../support/db";

// The pages' reads go through lib/db-client's one client (lib/db hands it to pages). Here that client is built the same way
// (same adapter, same database) but with Prisma's query events on, so the tests can count
// the SQL statements each read sends.
const sql = vi.hoisted(() => ({ statements: [] as string[] }));
vi.mock("@/lib/db-client", async () => {
  const { inject } = await import("vitest");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("@/lib/generated/prisma/client");
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: inject("databaseUrl") }),
    omit: { user: { passwordHash: true } },
    log: [{ emit: "event", level: "query" }],
  });
  db.$on("query", (event) => sql.statements.push(event.query));
  return { db };
});

const { getPlaceProfile, listProfilePlaces } = await import("@/lib/data/places");
const { getMeetingBySlug, listMeetingFacets, listMeetingSlugs, listMeetings } =
  await import("@/lib/data/meetings");
const { listFiguresForPlaces } = await import("@/lib/data/figures");
const { getJapanFdiHeadlines } = await import("@/lib/data/headlines");
const { getProfileFigures } = await import("@/lib/data/profile-figures");
const { listSources } = await import("@/lib/data/sources");
const { knownMeetingFilter, placesExist } = await import("@/lib/data/records");
const { readerRoute } = await import("@/lib/routing/reader-routes");
const { listMeetingsPage } = await import("@/lib/data/open-data/meetings");

/** How many SQL statements `read` sends (transaction bookkeeping excluded). */
async function countQueries<T>(read: () => Promise<T>): Promise<{ result: T; queries: number }> {
  await testDb.$queryRaw`SELECT 1`; // settle
  sql.statements.length = 0;
  const result = await read();
  const queries = sql.statements.filter(
    (q) => !/^(BEGIN|COMMIT|ROLLBACK|DEALLOCATE)/i.test(q.trim()),
  ).length;
  return { result, queries };
}

/** Slugs of the meetings that concern a place or one of its children, straight from the database. */
async function meetingSlugsConcerning(slug: string) {
  const rows = await testDb.meeting.findMany({
    where: { places: { some: { place: { OR: [{ slug }, { parent: { slug } }] } } } },
    select: { slug: true },
  });
  return new Set(rows.map((r) => r.slug));
}

const CONFERENCE = "2019-04-26-meeting-nghe-an-japan";

describe("getPlaceProfile", () => {
  it("gives Bac Ninh both territories, the merger and the proposed Kanagawa memorandum", async () => {
    const profile = await getPlaceProfile("bac-ninh", "VN");
    expect(profile).not.toBeNull();
    const p = profile!;
    expect(p.name.en).toBe("Bac Ninh");
    expect(p.territories).toHaveLength(2);
    const [old, merged] = p.territories;
    expect(old.bounds.validFrom?.getUTCFullYear()).toBe(1997);
    expect(old.bounds.validTo?.toISOString().slice(0, 10)).toBe("2025-06-30");
    expect(old.successors.map((s) => s.place.slug)).toEqual(["bac-ninh"]);
    expect(merged.bounds.validFrom?.toISOString().slice(0, 10)).toBe("2025-07-01");
    expect(merged.bounds.validTo).toBeNull();
    expect(merged.predecessors.map((x) => x.place.slug).sort()).toEqual(["bac-giang", "bac-ninh"]);
    const bacGiang = merged.predecessors.find((x) => x.place.slug === "bac-giang")!;
    expect(bacGiang.place.name.en).toBe("Bac Giang");
    expect(bacGiang.effectiveOn.toISOString().slice(0, 10)).toBe("2025-07-01");
    expect(bacGiang.source?.url).toMatch(/^https?:\/\//);
    expect(formatTerritoryLabel(merged.bounds, "en")).toBe(
      "Bac Ninh (1 July 2025 – today boundaries)",
    );
    expect(formatTerritoryLabel(old.bounds, "vi")).toBe(
      "Bắc Ninh (địa giới 1997 – 30 tháng 6, 2025)",
    );
    expect(formatTerritoryLabel(merged.bounds, "ja")).toBe(
      "バクニン省（2025年7月1日～現在の区域）",
    );

    const kanagawa = p.relationships.find((r) => r.japanesePlace.slug === "kanagawa");
    expect(kanagawa?.slug).toBe("bac-ninh-kanagawa");
    expect(kanagawa?.status).toBe("PROPOSED");
    expect(kanagawa?.sources.length).toBeGreaterThan(0);
    expect(p.relationships.every((r) => r.vietnamesePlace.slug === "bac-ninh")).toBe(true);
  });

  it("includes the relationships of a province's cities", async () => {
    const p = (await getPlaceProfile("nghe-an", "VN"))!;
    const slugs = p.relationships.map((r) => r.slug).sort();
    expect(slugs).toEqual([
      "nghe-an-gifu",
      "nghe-an-kochi",
      "nghe-an-shizuoka",
      "vinh-fukuroi",
      "vinh-kasumigaura",
    ]);
    expect(p.children.map((c) => c.slug)).toEqual(["vinh"]);
    expect(p.territories).toHaveLength(1);
  });

  it("gives a Japanese partner its relationships from the Japanese side", async () => {
    const p = (await getPlaceProfile("gifu", "JP"))!;
    expect(p.relationships.map((r) => r.slug)).toEqual(["nghe-an-gifu"]);
  });

  it("is null for the wrong country or an unknown slug", async () => {
    expect(await getPlaceProfile("bac-ninh", "JP")).toBeNull();
    expect(await getPlaceProfile("kanagawa", "VN")).toBeNull();
    expect(await getPlaceProfile("nope", "VN")).toBeNull();
  });

  it("sends the same small number of queries however many relationships a place has", async () => {
    const bacNinh = await countQueries(() => getPlaceProfile("bac-ninh", "VN"));
    const ngheAn = await countQueries(() => getPlaceProfile("nghe-an", "VN"));
    expect(bacNinh.result!.relationships.length).toBeLessThan(ngheAn.result!.relationships.length);
    expect(bacNinh.queries).toBe(ngheAn.queries);
    // With relationJoins each Prisma call is one SQL statement: the place, its cities, its relationships.
    expect(ngheAn.queries).toBe(3);
  });
});

describe("listProfilePlaces", () => {
  it("lists current provinces only, and partners in at least one relationship", async () => {
    expect((await listProfilePlaces("VN")).map((p) => p.slug)).toEqual(["bac-ninh", "nghe-an"]);
    expect((await listProfilePlaces("JP")).map((p) => p.slug)).toEqual([
      "fukuroi",
      "gifu",
      "kanagawa",
      "kasumigaura",
      "kochi",
      "shizuoka",
    ]);
  });
});

describe("listMeetings", () => {
  it("without filters lists every meeting, newest first", async () => {
    const all = await listMeetings();
    expect(all).toHaveLength(await testDb.meeting.count());
    const times = all.map((m) => m.startsOn.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(await listMeetings({}, 3)).toHaveLength(3);
  });

  it("filters by province, including meetings held only in its cities", async () => {
    const result = await listMeetings({ province: "nghe-an" });
    const expected = await meetingSlugsConcerning("nghe-an");
    expect(result.length).toBeGreaterThan(0);
    expect(new Set(result.map((m) => m.slug))).toEqual(expected);
    expect(result.map((m) => m.slug)).toContain(CONFERENCE);
    expect(result.some((m) => m.slug.startsWith("2020-02-06-kanagawa"))).toBe(false);
  });

  it("filters by partner, including the partner's cities", async () => {
    const gifu = await listMeetings({ partner: "gifu" });
    expect(gifu.length).toBeGreaterThan(0);
    expect(new Set(gifu.map((m) => m.slug))).toEqual(await meetingSlugsConcerning("gifu"));
    for (const m of gifu) expect(m.places.map((p) => p.slug)).toContain("gifu");

    const ibaraki = await listMeetings({ partner: "ibaraki" });
    expect(ibaraki.map((m) => m.slug)).toEqual(["2013-06-10-japanese-culture-week-nghe-an"]);
  });

  it("filters by year", async () => {
    const result = await listMeetings({ year: 2019 });
    expect(result.length).toBeGreaterThanOrEqual(3);
    for (const m of result) expect(m.startsOn.getUTCFullYear()).toBe(2019);
    expect(result).toHaveLength(
      await testDb.meeting.count({
        where: {
          startsOn: { gte: new Date("2019-01-01T00:00:00Z"), lt: new Date("2020-01-01T00:00:00Z") },
        },
      }),
    );
    expect(await listMeetings({ year: 1999 })).toEqual([]);
  });

  it("filters by sector", async () => {
    const result = await listMeetings({ sector: "tourism" });
    expect(result.map((m) => m.slug).sort()).toEqual([
      "2016-05-22-gifu-governor-visit-vinh",
      CONFERENCE,
      "2023-11-bac-ninh-kanagawa-moc-proposal",
    ]);
    for (const m of result) expect(m.sectors.map((s) => s.slug)).toContain("tourism");
  });

  it("narrows when filters are combined", async () => {
    const province = await listMeetings({ province: "bac-ninh" });
    const both = await listMeetings({ province: "bac-ninh", partner: "kanagawa" });
    const three = await listMeetings({ province: "bac-ninh", partner: "kanagawa", year: 2023 });
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(province.length);
    expect(three.length).toBeGreaterThan(0);
    expect(three.length).toBeLessThan(both.length);
    for (const m of three) {
      expect(m.places.map((p) => p.slug)).toEqual(expect.arrayContaining(["bac-ninh", "kanagawa"]));
      expect(m.startsOn.getUTCFullYear()).toBe(2023);
    }
    expect(await listMeetings({ province: "bac-ninh", partner: "gifu" })).toEqual([]);
  });

  it("sends one query whatever the filters and however many rows", async () => {
    const all = await countQueries(() => listMeetings());
    const few = await countQueries(() => listMeetings({ province: "bac-ninh", year: 2023 }));
    expect(all.result.length).toBeGreaterThan(few.result.length);
    expect(all.queries).toBe(few.queries);
    // One Prisma call, one SQL statement (relationJoins), never one per row.
    expect(all.queries).toBe(1);
  });
});

describe("listMeetingFacets", () => {
  it("offers years newest first, and the provinces, partners and sectors meetings have", async () => {
    const facets = await listMeetingFacets();
    expect(facets.years).toContain(2019);
    expect(facets.years).toEqual([...facets.years].sort((a, b) => b - a));
    expect(new Set(facets.years).size).toBe(facets.years.length);
    expect(facets.sectors.map((s) => s.slug)).toContain("tourism");
    expect(facets.partners.map((p) => p.slug)).toEqual(
      expect.arrayContaining(["gifu", "kanagawa"]),
    );
    expect(facets.partners.every((p) => p.slug !== "japan")).toBe(true);
  });

  it("offers the provinces that meetings concern", async () => {
    const facets = await listMeetingFacets();
    expect(facets.provinces.map((p) => p.slug)).toEqual(["bac-ninh", "nghe-an"]);
  });
});

describe("knownMeetingFilter", () => {
  it("keeps every value the filter form offers, in one query", async () => {
    const facets = await listMeetingFacets();
    for (const province of facets.provinces)
      expect(await knownMeetingFilter({ province: province.slug })).toEqual({
        province: province.slug,
      });
    for (const partner of facets.partners)
      expect(await knownMeetingFilter({ partner: partner.slug })).toEqual({
        partner: partner.slug,
      });
    for (const sector of facets.sectors)
      expect(await knownMeetingFilter({ sector: sector.slug })).toEqual({ sector: sector.slug });
    for (const year of facets.years) expect(await knownMeetingFilter({ year })).toEqual({ year });
    const { queries } = await countQueries(() =>
      knownMeetingFilter({ province: "nghe-an", partner: "gifu", sector: "tourism", year: 2019 }),
    );
    expect(queries).toBe(1);
  });

  it("drops values no list could offer", async () => {
    expect(
      await knownMeetingFilter({
        province: "kanagawa",
        partner: "nghe-an",
        sector: "no-such-sector",
        year: 1901,
      }),
    ).toEqual({});
    expect(await knownMeetingFilter({ province: "nghe-an", partner: "japan", year: 2019 })).toEqual(
      { province: "nghe-an", year: 2019 },
    );
  });
});

describe("getMeetingBySlug", () => {
  it("gives the 26 Apr 2019 Vinh conference with both sides, its outcome and its sources", async () => {
    const m = (await getMeetingBySlug(CONFERENCE))!;
    expect(m.startsOn.toISOString().slice(0, 10)).toBe("2019-04-26");
    expect(m.datePrecision).toBe("DAY");
    expect(m.venue?.en).toBe("Vinh City");
    expect(m.participants.some((p) => p.side === "VIETNAM")).toBe(true);
    expect(m.participants.some((p) => p.side === "JAPAN")).toBe(true);
    expect(m.participants[0].name.en).toBe("Vuong Dinh Hue");
    expect(m.participants.find((p) => p.side === "JAPAN")?.name.en).toBe("Umeda Kunio");
    expect(m.outcomes).toHaveLength(8);
    expect(m.attendeeGroups.length).toBeGreaterThan(0);
    expect(m.sources.length).toBeGreaterThanOrEqual(1);
    for (const s of m.sources) expect(s.url).toMatch(/^https?:\/\//);
    expect(m.places.map((p) => p.slug).sort()).toEqual(["nghe-an", "vinh"]);
  });

  it("is null for an unknown slug", async () => {
    expect(await getMeetingBySlug("no-such-meeting")).toBeNull();
  });

  it("sends the same number of queries for a large and a small meeting", async () => {
    const large = await countQueries(() => getMeetingBySlug(CONFERENCE));
    const small = await countQueries(() =>
      getMeetingBySlug("2017-07-japanese-ambassador-visit-nghe-an"),
    );
    expect(large.result!.participants.length).toBeGreaterThan(small.result!.participants.length);
    expect(large.queries).toBe(small.queries);
    // One Prisma call, one SQL statement (relationJoins), never one per row.
    expect(large.queries).toBe(1);
  });
});

describe("listMeetingSlugs and listSources", () => {
  it("lists every meeting slug once", async () => {
    const slugs = await listMeetingSlugs();
    expect(slugs).toHaveLength(await testDb.meeting.count());
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain(CONFERENCE);
  });

  it("lists every source with what cites it", async () => {
    const sources = await listSources();
    expect(sources).toHaveLength(await testDb.source.count());
    const nhanDan = sources.find((s) => s.url.includes("24281"))!;
    expect(nhanDan._count.observations).toBe(
      await testDb.observation.count({ where: { sourceId: nhanDan.id } }),
    );
    expect(nhanDan._count.relationships).toBeGreaterThanOrEqual(2);
    const publishers = sources.map((s) => s.publisher);
    expect(publishers).toEqual([...publishers].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});

describe("figures", () => {
  it("shows Nghe An's disputed April 2019 Japan FDI capital as one entry with both readings", async () => {
    const figures = await listFiguresForPlaces(["nghe-an"]);
    expect(figures.every((f) => f.placeSlug === "nghe-an")).toBe(true);
    const series = groupIntoSeries(figures).find(
      (s) =>
        s.measure === "FDI_REGISTERED_CAPITAL" &&
        s.basis === "STOCK" &&
        s.counterpart?.slug === "japan",
    );
    expect(series).toBeDefined();
    const april = series!.entries.find((e) => e.asOf.toISOString().slice(0, 7) === "2019-04");
    expect(april).toBeDefined();
    expect(april!.precision).toBe("MONTH");
    expect(april!.conflict).toBe(true);
    // The VNA report and the starting article agree on 72.19; Nhan Dan gives 72.69.
    expect(april!.readings.map((r) => r.value).sort()).toEqual([
      "72190000",
      "72190000",
      "72690000",
    ]);
    expect(new Set(april!.readings.map((r) => r.source.id)).size).toBe(3);
    // The 2018 reading is a separate, undisputed entry; newest first.
    expect(series!.entries.map((e) => e.asOf.toISOString().slice(0, 7))).toEqual([
      "2019-04",
      "2018-09",
    ]);
    expect(series!.entries[1].conflict).toBe(false);
  });

  it("counts the same projects from two sources as agreement, not conflict", async () => {
    const series = groupIntoSeries(await listFiguresForPlaces(["nghe-an"], ["FDI_PROJECTS"])).find(
      (s) => s.counterpart?.slug === "japan",
    )!;
    const april = series.entries.find((e) => e.asOf.toISOString().slice(0, 7) === "2019-04")!;
    expect(april.readings).toHaveLength(3);
    expect(april.conflict).toBe(false);
  });

  it("reads figures in a fixed number of statements, however many places", async () => {
    const { result, queries } = await countQueries(() =>
      listFiguresForPlaces(["bac-ninh", "nghe-an"]),
    );
    const one = await countQueries(() => listFiguresForPlaces(["nghe-an"]));
    expect(result.length).toBeGreaterThan(one.result.length);
    expect(queries).toBe(one.queries);
    // One Prisma call, one SQL statement (relationJoins), never one per row.
    expect(queries).toBe(1);
  });

  it("gives a Japan FDI headline for each province", async () => {
    const headlines = await getJapanFdiHeadlines(["bac-ninh", "nghe-an"]);
    expect(headlines.map((h) => h.slug)).toEqual(["bac-ninh", "nghe-an"]);
    const [bacNinh, ngheAn] = headlines;
    expect(bacNinh.capital).not.toBeNull();
    expect(bacNinh.capital!.asOf.toISOString().slice(0, 10)).toBe("2023-11-30");
    expect(
      bacNinh.capital!.readings.every(
        (r) => r.counterpart?.slug === "japan" && r.basis === "STOCK",
      ),
    ).toBe(true);
    expect(bacNinh.projects).not.toBeNull();
    expect(ngheAn.capital).not.toBeNull();
    expect(ngheAn.capital!.conflict).toBe(true);
    expect(ngheAn.capital!.readings.map((r) => r.value).sort()).toEqual([
      "72190000",
      "72190000",
      "72690000",
    ]);
    expect(ngheAn.projects!.readings.map((r) => r.value)).toEqual(["7", "7", "7"]);
  });

  it("splits a profile's figures into overview, investment and aid, and trade and labour", async () => {
    const { overview, investment, exchange } = await getProfileFigures("nghe-an");
    expect(overview.map((s) => s.measure)).toEqual(
      expect.arrayContaining(["AREA", "POPULATION", "GRDP"]),
    );
    expect(overview.some((s) => /^(FDI|ODA|EXPORTS|IMPORTS|TRADE|WORKERS)/.test(s.measure))).toBe(
      false,
    );
    expect(investment.map((s) => s.measure)).toEqual(
      expect.arrayContaining([
        "FDI_REGISTERED_CAPITAL",
        "FDI_PROJECTS",
        "ODA_VALUE",
        "ODA_PROJECTS",
        "ODA_VALUE_UNDER_WAY",
        "ODA_PROJECTS_UNDER_WAY",
      ]),
    );
    expect(investment.every((s) => /^(FDI|ODA)_/.test(s.measure))).toBe(true);
    expect(exchange.map((s) => s.measure)).toEqual(
      expect.arrayContaining(["EXPORTS", "IMPORTS", "WORKERS_SENT_ABROAD"]),
    );
    expect(exchange.every((s) => /^(EXPORTS|IMPORTS|TRADE|WORKERS)/.test(s.measure))).toBe(true);
  });
});

describe("reads kept per server until a write to their tags (lib/cache/remembered.ts)", () => {
  // The shared tag store, as on a server; a second store is another server publishing.
  process.env.DATABASE_URL = inject("databaseUrl");
  const otherServer = createTagStore({ connectionString: inject("databaseUrl"), log: () => {} });
  afterAll(async () => {
    await otherServer.close();
    await (globalThis as { [key: symbol]: { close(): Promise<void> } | undefined })[
      Symbol.for("portal.sharedTagStore")
    ]?.close();
  });

  /** Queries `read` sends once another server announces a write to `tag`: polled until the announcement lands. */
  async function queriesAfterWrite(tag: string, read: () => Promise<unknown>) {
    const announced = Date.now();
    await otherServer.update([tag]);
    let queries = (await countQueries(read)).queries;
    while (queries === 0 && Date.now() - announced < 2_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      queries = (await countQueries(read)).queries;
    }
    return queries;
  }

  it("placesExist answers from the list of slugs without a query, and reads it again after a write to places on any server", async () => {
    expect(await placesExist(["bac-ninh", "kanagawa"])).toBe(true);
    expect(await placesExist([])).toBe(true);
    const unknown = await countQueries(() => placesExist(["nghe-an", "no-such-place"]));
    expect([unknown.result, unknown.queries]).toEqual([false, 0]);

    // Another server publishes a change to places: the next answer reads the list again, once.
    const read = () => placesExist(["bac-ninh"]);
    expect(await queriesAfterWrite("places", read)).toBe(1);
    expect((await countQueries(read)).queries).toBe(0);
  });

  it("an API list page's text is read once, then sent from memory until a write to one of its tags", async () => {
    const read = () => listMeetingsPage({ limit: 5 });
    const first = await countQueries(read);
    expect(first.queries).toBe(1);
    const again = await countQueries(read);
    expect(again).toEqual({ result: first.result, queries: 0 });
    expect(JSON.parse(again.result.body).data).toHaveLength(5);
    // The meetings list shows places' names: a write to places on another server reads it again.
    expect(await queriesAfterWrite("places", read)).toBe(1);
    expect((await countQueries(read)).queries).toBe(0);
    // Another query is a page of its own.
    expect((await countQueries(() => listMeetingsPage({ limit: 6 }))).queries).toBe(1);
  });
});

describe("readerRoute", () => {
  it("serves a filter or choice from its static page, once its values are known to exist", async () => {
    expect(await readerRoute("/vi/meetings", "?year=2019&province=nghe-an&sector=nowhere")).toBe(
      "/vi/meetings-filtered/province-nghe-an~year-2019",
    );
    expect(await readerRoute("/vi/meetings", "?sector=nowhere")).toBeNull(); // all meetings, prerendered
    expect(
      await readerRoute("/en/explorer", "?measure=FDI_PROJECTS&place=nghe-an&place=bac-ninh"),
    ).toBe(
      "/en/explorer-filtered/place-bac-ninh~place-nghe-an~counterpart-japan~measure-FDI_PROJECTS", // one spelling, defaults filled in
    );
    expect(await readerRoute("/en/explorer", "?place=no-such-place")).toBeNull(); // the per-request page says so
    expect(await readerRoute("/ja/search", "?q=kanagawa")).toBe(
      `/ja/search-filtered/q-${Buffer.from("kanagawa").toString("base64url")}`,
    );
  });

  it("sends an address naming no record, or an internal address, to its language's 404", async () => {
    expect(await readerRoute("/ja/provinces/bac-ninh", "")).toBeNull();
    expect(await readerRoute("/ja/provinces/kanagawa", "")).toBe("/ja/page-not-found"); // a partner, not a province
    expect(await readerRoute("/vi/meetings/no-such-meeting", "")).toBe("/vi/page-not-found");
    expect(await readerRoute("/en/figures/Bac-Ninh", "")).toBe("/en/page-not-found");
    expect(await readerRoute("/en/explorer-filtered/place-bac-ninh", "")).toBe(
      "/en/page-not-found",
    );
    expect(await readerRoute("/en/investment", "?anything=1")).toBeNull();
  });
});
