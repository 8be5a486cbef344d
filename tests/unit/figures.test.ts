import { describe, expect, it } from "vitest";
import { type Figure, formatFigureValue, groupIntoSeries } from "@/lib/figures";
import { japanCapitalBars } from "@/lib/investment";

let nextId = 1;
const source = (id: number, publisher = `Publisher ${id}`): Figure["source"] => ({
  id,
  publisher,
  title: `Article ${id}`,
  url: `https://example.org/${id}`,
  publishedOn: null,
  publishedPrecision: "DAY",
  kind: "PRIMARY",
});
const japan = { slug: "japan", name: { en: "Japan" } };

/** A Japan FDI capital reading (cumulative) unless told otherwise. */
function figure(overrides: Partial<Figure> = {}): Figure {
  return {
    id: nextId++,
    territoryId: 1,
    placeSlug: "nghe-an",
    territoryLabel: { en: "Nghe An" },
    counterpart: japan,
    measure: "FDI_REGISTERED_CAPITAL",
    value: "72190000",
    valueHigh: null,
    qualifier: "EXACT",
    unit: "USD",
    basis: "STOCK",
    asOf: new Date("2019-04-30T00:00:00Z"),
    periodStart: null,
    precision: "MONTH",
    isEstimate: false,
    rank: null,
    rankOf: null,
    note: null,
    source: source(1),
    ...overrides,
  };
}

describe("formatFigureValue", () => {
  const fmt = (value: string, unit: Figure["unit"], qualifier: Figure["qualifier"] = "EXACT", measure: Figure["measure"] = "GRDP") =>
    formatFigureValue({ value, unit, qualifier, measure });

  it("scales US dollars and says the qualifier", () => {
    expect(fmt("1670000000", "USD", "OVER", "FDI_REGISTERED_CAPITAL")).toBe("over US$1.67 billion");
    expect(fmt("72190000", "USD", "EXACT", "FDI_REGISTERED_CAPITAL")).toBe("US$72.19 million");
    expect(fmt("5120000000", "USD", "NEARLY", "FDI_REGISTERED_CAPITAL")).toBe("nearly US$5.12 billion");
    expect(fmt("178000000", "USD", "ABOUT", "FDI_REGISTERED_CAPITAL")).toBe("about US$178 million");
    expect(fmt("950000", "USD")).toBe("US$950,000");
  });

  it("scales dong to trillions, billions and millions", () => {
    expect(fmt("204600000000000", "VND")).toBe("VND 204.6 trillion");
    expect(fmt("2020000000000", "VND")).toBe("VND 2.02 trillion");
    expect(fmt("144200000", "VND")).toBe("VND 144.2 million");
    expect(fmt("5100000000", "VND", "NEARLY")).toBe("nearly VND 5.1 billion");
  });

  it("formats percentages, areas, people and counts", () => {
    expect(fmt("6.03", "PERCENT", "EXACT", "GRDP_GROWTH")).toBe("6.03%");
    expect(fmt("10.27", "PERCENT", "EXACT", "GRDP_GROWTH")).toBe("10.27%");
    expect(fmt("822.71", "KM2", "EXACT", "AREA")).toBe("822.71 km²");
    expect(fmt("16490", "KM2", "EXACT", "AREA")).toBe("16,490 km²");
    expect(fmt("3300000", "PERSONS", "OVER", "POPULATION")).toBe("over 3,300,000 people");
    expect(fmt("88", "COUNT", "EXACT", "FDI_PROJECTS")).toBe("88 projects");
    expect(fmt("100", "COUNT", "NEARLY", "ODA_PROJECTS")).toBe("nearly 100 projects");
    // Only project measures get the word "projects".
    expect(fmt("88", "COUNT", "EXACT", "WORKERS")).toBe("88");
    expect(fmt("5", "COUNT", "EXACT", "ODA_PROJECTS_UNDER_WAY")).toBe("5 projects");
  });

  it("never rounds: money is written at the largest scale that shows it exactly", () => {
    expect(fmt("5070390000000", "VND", "EXACT", "ODA_VALUE")).toBe("VND 5,070.39 billion");
    expect(fmt("4819000000000", "VND", "EXACT", "ODA_VALUE_UNDER_WAY")).toBe("VND 4,819 billion");
    expect(fmt("249376000000000", "VND")).toBe("VND 249,376 billion");
    expect(fmt("1078000000", "USD", "EXACT", "FDI_REGISTERED_CAPITAL")).toBe("US$1.078 billion");
    // 1.7496 billion would need four decimals: it was once shown as "US$1.75 billion".
    expect(fmt("1749600000", "USD", "EXACT", "FDI_REGISTERED_CAPITAL")).toBe("US$1,749.6 million");
    expect(fmt("22130000", "USD", "EXACT", "EXPORTS")).toBe("US$22.13 million");
  });

  it("shows a range as the source gave it, never its midpoint, and a yearly rate as so many a year", () => {
    const workers = { value: "3000", valueHigh: "4000", unit: "PERSONS", qualifier: "ABOUT", measure: "WORKERS_SENT_ABROAD", basis: "ANNUAL_RATE" } as const;
    expect(formatFigureValue(workers)).toBe("about 3,000–4,000 workers a year");
    expect(formatFigureValue({ ...workers, valueHigh: null })).toBe("about 3,000 workers a year");
    expect(formatFigureValue({ ...workers, basis: "FLOW", measure: "POPULATION", qualifier: "EXACT" })).toBe("3,000–4,000 people");
    expect(formatFigureValue({ value: "600000000", valueHigh: "650000000", unit: "USD", qualifier: "ABOUT", measure: "TRADE", basis: "ANNUAL_RATE" })).toBe(
      "about US$600–650 million a year",
    );
    // Both ends at one scale, exactly: 950 million to 1.2 billion.
    expect(formatFigureValue({ value: "950000000", valueHigh: "1200000000", unit: "USD", qualifier: "EXACT", measure: "FDI_REGISTERED_CAPITAL" })).toBe("US$0.95–1.2 billion");
    expect(formatFigureValue({ value: "9.3", valueHigh: "9.54", unit: "PERCENT", qualifier: "EXACT", measure: "GRDP_GROWTH" })).toBe("9.3–9.54%");
  });
});

describe("groupIntoSeries", () => {
  it("does not flag the same number from two sources as a conflict, even with different qualifiers", () => {
    const [series, ...rest] = groupIntoSeries([
      figure({ value: "1670000000", qualifier: "EXACT", source: source(1) }),
      figure({ value: "1670000000.00", qualifier: "OVER", source: source(2) }),
    ]);
    expect(rest).toHaveLength(0);
    expect(series.entries).toHaveLength(1);
    expect(series.entries[0].readings).toHaveLength(2);
    expect(series.entries[0].conflict).toBe(false);
  });

  it("flags different numbers for the same date as a conflict, in whichever order they come", () => {
    for (const values of [["72190000", "72690000"], ["72690000", "72190000"]]) {
      const series = groupIntoSeries(values.map((value, i) => figure({ value, source: source(i + 1) })));
      expect(series).toHaveLength(1);
      expect(series[0].entries).toHaveLength(1);
      expect(series[0].entries[0].conflict).toBe(true);
      expect(series[0].entries[0].readings.map((r) => r.value)).toEqual(values);
    }
  });

  it("flags a conflict when only a later reading disagrees", () => {
    const series = groupIntoSeries([
      figure({ value: "7", source: source(1) }),
      figure({ value: "7", source: source(2) }),
      figure({ value: "8", source: source(3) }),
    ]);
    expect(series[0].entries[0].conflict).toBe(true);
  });

  it("keeps readings of different dates, or of a different precision, as separate entries", () => {
    const series = groupIntoSeries([
      figure({ value: "1", asOf: new Date("2019-04-30T00:00:00Z"), precision: "MONTH" }),
      figure({ value: "2", asOf: new Date("2019-04-30T00:00:00Z"), precision: "DAY" }),
      figure({ value: "3", asOf: new Date("2020-01-31T00:00:00Z"), precision: "MONTH" }),
    ]);
    expect(series).toHaveLength(1);
    expect(series[0].entries).toHaveLength(3);
    expect(series[0].entries.every((e) => !e.conflict)).toBe(true);
  });

  it("orders entries newest first whatever the input order", () => {
    const dates = ["2018-09-30", "2023-11-30", "2019-04-30", "2020-11-25"];
    const [series] = groupIntoSeries(dates.map((d) => figure({ asOf: new Date(`${d}T00:00:00Z`) })));
    expect(series.entries.map((e) => e.asOf.toISOString().slice(0, 10))).toEqual(["2023-11-30", "2020-11-25", "2019-04-30", "2018-09-30"]);
  });

  it("puts FLOW and STOCK, measures, counterparts and territories in separate series", () => {
    const series = groupIntoSeries([
      figure({ basis: "STOCK", value: "100" }),
      figure({ basis: "FLOW", value: "5", periodStart: new Date("2019-01-01T00:00:00Z") }),
      figure({ measure: "FDI_PROJECTS", unit: "COUNT", value: "7" }),
      figure({ counterpart: null, value: "2859000000" }),
      figure({ territoryId: 2, value: "99" }),
    ]);
    expect(series).toHaveLength(5);
    expect(new Set(series.map((s) => s.key)).size).toBe(5);
    expect(series.every((s) => s.entries.length === 1 && !s.entries[0].conflict)).toBe(true);
    const stock = series.find((s) => s.basis === "STOCK" && s.measure === "FDI_REGISTERED_CAPITAL" && s.counterpart && s.entries[0].readings[0].territoryId === 1);
    const flow = series.find((s) => s.basis === "FLOW");
    expect(stock?.entries[0].readings.map((r) => r.value)).toEqual(["100"]);
    expect(flow?.entries[0].readings.map((r) => r.value)).toEqual(["5"]);
  });

  it("keeps readings in different currencies side by side, judging agreement only within one currency", () => {
    const oda = (value: string, unit: Figure["unit"], qualifier: Figure["qualifier"] = "EXACT") =>
      figure({ measure: "ODA_VALUE", value, unit, qualifier, source: source(nextId) });
    const [agreeing] = groupIntoSeries([oda("5070390000000", "VND"), oda("219300000", "USD")]);
    expect(agreeing.entries[0]).toMatchObject({ conflict: false, mixedUnits: true });
    const [disputed] = groupIntoSeries([oda("5070390000000", "VND"), oda("219300000", "USD"), oda("272000000", "USD", "OVER")]);
    expect(disputed.entries[0]).toMatchObject({ conflict: true, mixedUnits: true });
    expect(disputed.entries[0].readings.map((r) => r.value)).toEqual(["5070390000000", "219300000", "272000000"]);
  });

  it("compares ranges end to end: a range and one of its ends disagree", () => {
    const rate = (value: string, valueHigh: string | null) =>
      figure({ measure: "WORKERS_SENT_ABROAD", unit: "PERSONS", basis: "ANNUAL_RATE", value, valueHigh, source: source(nextId) });
    expect(groupIntoSeries([rate("3000", "4000"), rate("3000.00", "4000")])[0].entries[0].conflict).toBe(false);
    expect(groupIntoSeries([rate("3000", "4000"), rate("3000", null)])[0].entries[0].conflict).toBe(true);
    expect(groupIntoSeries([rate("3000", "4000"), rate("3000", "5000")])[0].entries[0].conflict).toBe(true);
  });

  it("returns nothing for no figures", () => {
    expect(groupIntoSeries([])).toEqual([]);
  });
});

describe("japanCapitalBars", () => {
  const bacNinh = (value: string, asOf: string, sourceId: number) =>
    figure({
      placeSlug: "bac-ninh",
      territoryId: 10,
      territoryLabel: { en: "Bac Ninh (1997 – 30 Jun 2025 boundaries)" },
      value,
      asOf: new Date(`${asOf}T00:00:00Z`),
      precision: "DAY",
      source: source(sourceId, `BN source ${sourceId}`),
    });
  const figures = [
    bacNinh("1100000000", "2017-12-31", 11),
    bacNinh("1670000000", "2023-11-17", 12),
    bacNinh("1600000000", "2022-11-17", 13),
    figure({ value: "1078000000", asOf: new Date("2018-09-30T00:00:00Z"), source: source(21) }),
    figure({ value: "72190000", source: source(22, "VNA") }),
    figure({ value: "72690000", source: source(23, "Nhan Dan") }),
    // Not Japan's cumulative capital: left out of the chart.
    figure({ value: "999000000000", counterpart: null }),
    figure({ value: "5", basis: "FLOW", asOf: new Date("2025-01-31T00:00:00Z") }),
    figure({ measure: "FDI_PROJECTS", unit: "COUNT", value: "7", asOf: new Date("2025-01-31T00:00:00Z") }),
  ];

  it("with latestOnly, keeps the newest entry per province and both readings when they disagree", () => {
    const bars = japanCapitalBars(figures, ["bac-ninh", "nghe-an"], true);
    expect(bars.map((b) => [b.label, b.value, b.disputed])).toEqual([
      ["Bac Ninh", 1670000000, false],
      ["Nghe An", 72190000, true],
      ["Nghe An", 72690000, true],
    ]);
    expect(bars[0].valueText).toBe("US$1.67 billion");
    expect(bars[0].sublabel).toBe("as of 17 Nov 2023 · BN source 12");
    expect(bars[1].sublabel).toBe("as of Apr 2019 · VNA");
    expect(new Set(bars.map((b) => b.key)).size).toBe(3);
  });

  it("without latestOnly, shows every Japan capital reading newest first within each province, in the order asked", () => {
    const bars = japanCapitalBars(figures, ["nghe-an", "bac-ninh"], false);
    expect(bars.map((b) => b.value)).toEqual([72190000, 72690000, 1078000000, 1670000000, 1600000000, 1100000000]);
    expect(bars.filter((b) => b.disputed).map((b) => b.value)).toEqual([72190000, 72690000]);
  });

  it("gives a range both its ends, never a midpoint", () => {
    const [bar] = japanCapitalBars([figure({ value: "950000000", valueHigh: "1200000000", qualifier: "ABOUT" })], ["nghe-an"], true);
    expect(bar).toMatchObject({ value: 950000000, valueHigh: 1200000000, valueText: "about US$0.95–1.2 billion" });
  });

  it("gives no bars for a province without readings", () => {
    expect(japanCapitalBars(figures, ["kanagawa"], true)).toEqual([]);
  });
});
