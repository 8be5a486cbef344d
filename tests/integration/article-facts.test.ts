// Everything the two starting articles state (research §0.1) is in the seeded database, cites
// the article, and reaches the reads the public pages use.
import { describe, expect, it } from "vitest";
import { getMeetingBySlug, listMeetingFacets, listMeetings } from "@/lib/data/meetings";
import { getPlaceProfile } from "@/lib/data/places";
import { getProfileFigures } from "@/lib/data/profile-figures";
import { type Figure, type FigureSeries } from "@/lib/figures";
import { formatFigureValue } from "@/lib/format/figure-value";
import type { Measure } from "@/lib/generated/prisma/enums";
import { meetings as seededMeetings } from "@/prisma/seed/data/meetings";
import { testDb } from "../support/db";

const NGHE_AN_ARTICLE =
  "https://baonghean.vn/en/bi-thu-tinh-uy-nghe-an-mong-muon-nhan-duoc-su-quan-tam-ho-tro-cua-cac-doi-tac-nhat-ban-10196898.html";
const BAC_NINH_ARTICLE =
  "https://www.vccinews.com/news/51160/fostering-collaboration-between-bac-ninh-and-kanagawa.html";

/** The reading from `url` of a Japan series in `series`, with the entry it is shown in. */
function reading(series: FigureSeries[], measure: Measure, url: string) {
  for (const s of series.filter((x) => x.measure === measure && x.counterpart?.slug === "japan")) {
    for (const entry of s.entries) {
      const figure = entry.readings.find((r) => r.source.url === url);
      if (figure) return { figure, entry };
    }
  }
  throw new Error(`no ${measure} reading from ${url}`);
}

const month = (f: Figure) => f.asOf.toISOString().slice(0, 7);

describe("the Nghe An article's figures", () => {
  it("are on Nghe An's profile, under investment and aid, citing the article", async () => {
    const { investment } = await getProfileFigures("nghe-an");
    const oda = reading(investment, "ODA_VALUE", NGHE_AN_ARTICLE);
    expect(oda.figure).toMatchObject({
      value: "5070390000000",
      unit: "VND",
      basis: "STOCK",
      valueHigh: null,
    });
    expect(month(oda.figure)).toBe("2019-04");
    expect(formatFigureValue(oda.figure, "en")).toBe("VND 5,070.39 billion");
    // Shown beside the VNA and Nhan Dan readings in dollars, neither converted nor averaged.
    expect(oda.entry.readings.map((r) => `${r.unit} ${r.value}`).sort()).toEqual([
      "USD 219300000",
      "USD 272000000",
      "VND 5070390000000",
    ]);
    expect(oda.entry).toMatchObject({ mixedUnits: true, conflict: true });

    const underWay = reading(investment, "ODA_PROJECTS_UNDER_WAY", NGHE_AN_ARTICLE).figure;
    expect(underWay).toMatchObject({ value: "5", unit: "COUNT" });
    const underWayValue = reading(investment, "ODA_VALUE_UNDER_WAY", NGHE_AN_ARTICLE).figure;
    expect(formatFigureValue(underWayValue, "en")).toBe("VND 4,819 billion");

    const projects = reading(investment, "FDI_PROJECTS", NGHE_AN_ARTICLE);
    expect(projects.figure.value).toBe("7");
    const capital = reading(investment, "FDI_REGISTERED_CAPITAL", NGHE_AN_ARTICLE);
    expect(capital.figure.value).toBe("72190000");
    expect(capital.entry.readings.map((r) => r.source.publisher)).toEqual(
      expect.arrayContaining(["Bao Nghe An", "KISVN (VNA report)", "Nhan Dan"]),
    );
  });

  it("put trade with Japan in 2018 and the yearly range of workers under trade and labour", async () => {
    const { exchange } = await getProfileFigures("nghe-an");
    const exports = reading(exchange, "EXPORTS", NGHE_AN_ARTICLE).figure;
    const imports = reading(exchange, "IMPORTS", NGHE_AN_ARTICLE).figure;
    for (const flow of [exports, imports]) {
      expect(flow.basis).toBe("FLOW");
      expect(flow.periodStart?.toISOString().slice(0, 10)).toBe("2018-01-01");
      expect(flow.asOf.toISOString().slice(0, 10)).toBe("2018-12-31");
    }
    expect(formatFigureValue(exports, "en")).toBe("US$22.13 million");
    expect(formatFigureValue(imports, "en")).toBe("US$13.1 million");

    const workers = reading(exchange, "WORKERS_SENT_ABROAD", NGHE_AN_ARTICLE).figure;
    expect(workers).toMatchObject({
      value: "3000",
      valueHigh: "4000",
      qualifier: "ABOUT",
      basis: "ANNUAL_RATE",
      unit: "PERSONS",
    });
    expect(formatFigureValue(workers, "en")).toBe("about 3,000–4,000 workers a year");
  });

  it("name the fields Nghe An seeks Japanese investment in, on the profile and on the meeting", async () => {
    const profile = (await getPlaceProfile("nghe-an", "VN"))!;
    const fromArticle = profile.priorities
      .filter((p) => p.source.url === NGHE_AN_ARTICLE)
      .map((p) => p.sector.slug);
    expect(fromArticle.sort()).toEqual(["education-training", "industry", "tourism"]);
    const meeting = (await getMeetingBySlug("2019-04-26-meeting-nghe-an-japan"))!;
    expect(
      meeting.sectors
        .filter((s) => s.investmentSought)
        .map((s) => s.slug)
        .sort(),
    ).toEqual(["education-training", "industry", "tourism"]);
  });

  it("name Nghe An's and Vinh's partners, and those relationships cite the article", async () => {
    const profile = (await getPlaceProfile("nghe-an", "VN"))!;
    const citing = profile.relationships
      .filter((r) => r.sources.some((s) => s.url === NGHE_AN_ARTICLE))
      .map((r) => r.slug);
    expect(citing.sort()).toEqual([
      "nghe-an-gifu",
      "nghe-an-kochi",
      "nghe-an-shizuoka",
      "vinh-kasumigaura",
    ]);
  });
});

describe("the 2019 conference record", () => {
  it("lists every participant with the full titles the article gives", async () => {
    const meeting = (await getMeetingBySlug("2019-04-26-meeting-nghe-an-japan"))!;
    expect(meeting.sources.map((s) => s.url)).toContain(NGHE_AN_ARTICLE);
    const titles = Object.fromEntries(meeting.participants.map((p) => [p.name.en, p.title?.en]));
    expect(Object.keys(titles)).toEqual([
      "Vuong Dinh Hue",
      "To Huy Rua",
      "Truong Dinh Tuyen",
      "Nguyen Dac Vinh",
      "Nguyen Xuan Son",
      "Thai Thanh Quy",
      "Umeda Kunio",
    ]);
    expect(titles["Vuong Dinh Hue"]).toBe("Member of the Politburo, Deputy Prime Minister");
    expect(titles["To Huy Rua"]).toMatch(
      /former Head of the Central Organization Committee; Chairman of the Vietnam–Japan Friendship Association$/,
    );
    expect(titles["Truong Dinh Tuyen"]).toMatch(
      /former Minister of Trade, former Secretary of the Nghe An Provincial Party Committee; Head of the Socio-Economic Advisory Group/,
    );
    expect(titles["Nguyen Dac Vinh"]).toMatch(
      /Head of the Provincial National Assembly Delegation$/,
    );
    expect(titles["Nguyen Xuan Son"]).toMatch(
      /^Standing Deputy Secretary .*Chairman of the Provincial People's Council$/,
    );
    expect(titles["Thai Thanh Quy"]).toMatch(
      /^Alternate member of the Party Central Committee, .*Chairman of the Provincial People's Committee$/,
    );
    expect(titles["Umeda Kunio"]).toBe(
      "Ambassador Extraordinary and Plenipotentiary of Japan to Vietnam",
    );
    expect(meeting.participants.find((p) => p.name.en === "Umeda Kunio")?.side).toBe("JAPAN");
  });

  it("keeps the attendees the article names only as groups, by side", async () => {
    const meeting = (await getMeetingBySlug("2019-04-26-meeting-nghe-an-japan"))!;
    const groups = meeting.attendeeGroups.map((g) => `${g.side}: ${g.name.en}`);
    expect(groups).toEqual(
      expect.arrayContaining([
        "JAPAN: Japanese representative agencies in Vietnam",
        "JAPAN: Japanese prefectures twinned with Nghe An",
        "JAPAN: Japanese corporations, companies and business associations",
        "OTHER: International organisations",
      ]),
    );
  });

  it("records what was asked for and promised, and by which side", async () => {
    const meeting = (await getMeetingBySlug("2019-04-26-meeting-nghe-an-japan"))!;
    const summary = meeting.outcomes.map((o) => `${o.commitment} ${o.side}`);
    expect(summary.filter((s) => s === "PROPOSED VIETNAM")).toHaveLength(2);
    expect(summary.filter((s) => s === "PROPOSED JAPAN")).toHaveLength(1);
    expect(summary.filter((s) => s === "PLEDGED VIETNAM")).toHaveLength(4);
    expect(summary.filter((s) => s === "PLEDGED JAPAN")).toHaveLength(1);
    const text = meeting.outcomes.map((o) => o.description.en).join("\n");
    for (const words of [
      /Embassy of Japan .*every year/,
      /administrative reform/,
      /transport/,
      /workforce/,
      /Friendship Association/,
      /Ambassador Umeda Kunio called on/,
    ]) {
      expect(text).toMatch(words);
    }
  });
});

describe("the Bac Ninh article", () => {
  const fields = [
    "digital-transformation",
    "environmental-technology",
    "green-economy",
    "high-tech-agriculture",
    "industry",
    "renewable-energy",
    "semiconductors",
    "tourism",
  ];

  it("gives Bac Ninh's eight fields on the profile and on the meeting, citing the article", async () => {
    const profile = (await getPlaceProfile("bac-ninh", "VN"))!;
    expect(
      profile.priorities
        .filter((p) => p.source.url === BAC_NINH_ARTICLE)
        .map((p) => p.sector.slug)
        .sort(),
    ).toEqual(fields);
    const meeting = (await getMeetingBySlug("2023-11-bac-ninh-kanagawa-moc-proposal"))!;
    expect(
      meeting.sectors
        .filter((s) => s.investmentSought)
        .map((s) => s.slug)
        .sort(),
    ).toEqual(fields);
    expect(
      meeting.sectors
        .filter((s) => !s.investmentSought)
        .map((s) => s.slug)
        .sort(),
    ).toEqual(["culture-exchange", "investment-promotion"]);
  });

  it("records the proposals beyond the memorandum and both sides' pledges", async () => {
    const meeting = (await getMeetingBySlug("2023-11-bac-ninh-kanagawa-moc-proposal"))!;
    expect(meeting.participants.map((p) => `${p.name.en}: ${p.title?.en}`)).toEqual([
      "Nguyen Anh Tuan: Secretary of the Bac Ninh Provincial Party Committee",
      "Kuroiwa Yuji: Governor of Kanagawa Prefecture",
    ]);
    const proposed = meeting.outcomes.filter((o) => o.commitment === "PROPOSED");
    expect(proposed.every((o) => o.side === "VIETNAM")).toBe(true);
    const asked = proposed.map((o) => o.description.en).join("\n");
    for (const words of [
      /memorandum of cooperation/,
      /culture, heritage sites/,
      /Japanese cultural centre/,
      /Japanese-language teaching/,
    ])
      expect(asked).toMatch(words);
    const pledged = meeting.outcomes.filter((o) => o.commitment === "PLEDGED");
    expect(pledged.map((o) => o.side).sort()).toEqual(["JAPAN", "VIETNAM"]);
  });

  it("dates the earlier Vietnam Festival delegation only as far as the article does", async () => {
    const festival = (await getMeetingBySlug("bac-ninh-delegation-vietnam-festival-kanagawa"))!;
    expect(festival.sources.map((s) => s.url)).toEqual([BAC_NINH_ARTICLE]);
    expect(festival).toMatchObject({ dateIsUpperBound: true, datePrecision: "DAY", endsOn: null });
    expect(festival.startsOn.toISOString().slice(0, 10)).toBe("2023-11-30");
    expect(festival.dateNote?.en).toMatch(/gives no date/);
    expect(festival.participants.map((p) => `${p.name.en}: ${p.title?.en}`)).toEqual([
      "Nguyen Quoc Chung: Chairman of the Bac Ninh Provincial People's Council; head of the delegation",
    ]);
    // Known only to be before 30 Nov 2023: it belongs to no year in the filters.
    expect((await listMeetings({ year: 2023 })).map((m) => m.slug)).not.toContain(festival.slug);
    expect((await listMeetings({ province: "bac-ninh" })).map((m) => m.slug)).toContain(
      festival.slug,
    );
    expect((await listMeetingFacets()).years).toContain(2023);
  });
});

describe("every fact from the two articles", () => {
  it("cites its article in the seeded tables", async () => {
    // Other test files add meetings of their own to this shared database: count the seeded ones.
    const seeded = { where: { meeting: { slug: { in: seededMeetings.map((m) => m.slug) } } } };
    const counts = {
      _count: {
        select: {
          observations: true,
          meetings: seeded,
          investmentPriorities: true,
          relationships: true,
        },
      },
    };
    const [ngheAn, bacNinh] = await Promise.all([
      testDb.source.findUniqueOrThrow({ where: { url: NGHE_AN_ARTICLE }, select: counts }),
      testDb.source.findUniqueOrThrow({ where: { url: BAC_NINH_ARTICLE }, select: counts }),
    ]);
    // Nghe An: ODA total, ODA under way (count and value), FDI (count and capital), exports, imports, workers.
    expect(ngheAn._count).toEqual({
      observations: 8,
      meetings: 1,
      investmentPriorities: 3,
      relationships: 4,
    });
    // Bac Ninh: Japanese FDI (count and capital); the meeting and the festival; eight fields; the proposed memorandum.
    expect(bacNinh._count).toEqual({
      observations: 2,
      meetings: 2,
      investmentPriorities: 8,
      relationships: 1,
    });
  });
});
