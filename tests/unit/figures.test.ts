import { describe, expect, it } from "vitest";
import { type Figure, groupIntoSeries } from "@/lib/figures";
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
    territory: {
      name: { en: "Nghe An" },
      validFrom: null,
      validFromPrecision: "DAY",
      validTo: null,
    },
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
    for (const values of [
      ["72190000", "72690000"],
      ["72690000", "72190000"],
    ]) {
      const series = groupIntoSeries(
        values.map((value, i) => figure({ value, source: source(i + 1) })),
      );
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
    const [series] = groupIntoSeries(
      dates.map((d) => figure({ asOf: new Date(`${d}T00:00:00Z`) })),
    );
    expect(series.entries.map((e) => e.asOf.toISOString().slice(0, 10))).toEqual([
      "2023-11-30",
      "2020-11-25",
      "2019-04-30",
      "2018-09-30",
    ]);
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
    const stock = series.find(
      (s) =>
        s.basis === "STOCK" &&
        s.measure === "FDI_REGISTERED_CAPITAL" &&
        s.counterpart &&
        s.entries[0].readings[0].territoryId === 1,
    );
    const flow = series.find((s) => s.basis === "FLOW");
    expect(stock?.entries[0].readings.map((r) => r.value)).toEqual(["100"]);
    expect(flow?.entries[0].readings.map((r) => r.value)).toEqual(["5"]);
  });

  it("keeps readings in different currencies side by side, judging agreement only within one currency", () => {
    const oda = (value: string, unit: Figure["unit"], qualifier: Figure["qualifier"] = "EXACT") =>
      figure({ measure: "ODA_VALUE", value, unit, qualifier, source: source(nextId) });
    const [agreeing] = groupIntoSeries([oda("5070390000000", "VND"), oda("219300000", "USD")]);
    expect(agreeing.entries[0]).toMatchObject({ conflict: false, mixedUnits: true });
    const [disputed] = groupIntoSeries([
      oda("5070390000000", "VND"),
      oda("219300000", "USD"),
      oda("272000000", "USD", "OVER"),
    ]);
    expect(disputed.entries[0]).toMatchObject({ conflict: true, mixedUnits: true });
    expect(disputed.entries[0].readings.map((r) => r.value)).toEqual([
      "5070390000000",
      "219300000",
      "272000000",
    ]);
  });

  it("compares ranges end to end: a range and one of its ends disagree", () => {
    const rate = (value: string, valueHigh: string | null) =>
      figure({
        measure: "WORKERS_SENT_ABROAD",
        unit: "PERSONS",
        basis: "ANNUAL_RATE",
        value,
        valueHigh,
        source: source(nextId),
      });
    expect(
      groupIntoSeries([rate("3000", "4000"), rate("3000.00", "4000")])[0].entries[0].conflict,
    ).toBe(false);
    expect(groupIntoSeries([rate("3000", "4000"), rate("3000", null)])[0].entries[0].conflict).toBe(
      true,
    );
    expect(
      groupIntoSeries([rate("3000", "4000"), rate("3000", "5000")])[0].entries[0].conflict,
    ).toBe(true);
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
      territory: {
        name: { en: "Bac Ninh" },
        validFrom: new Date("1997-01-01T00:00:00Z"),
        validFromPrecision: "YEAR",
        validTo: new Date("2025-06-30T00:00:00Z"),
      },
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
    figure({
      measure: "FDI_PROJECTS",
      unit: "COUNT",
      value: "7",
      asOf: new Date("2025-01-31T00:00:00Z"),
    }),
  ];

  it("with latestOnly, keeps the newest entry per province and both readings when they disagree", () => {
    const bars = japanCapitalBars(figures, ["bac-ninh", "nghe-an"], true);
    expect(bars.map((b) => [b.figure.placeSlug, b.value, b.disputed])).toEqual([
      ["bac-ninh", 1670000000, false],
      ["nghe-an", 72190000, true],
      ["nghe-an", 72690000, true],
    ]);
    expect(bars.map((b) => b.figure.source.publisher)).toEqual(["BN source 12", "VNA", "Nhan Dan"]);
    expect(new Set(bars.map((b) => b.key)).size).toBe(3);
  });

  it("without latestOnly, shows every Japan capital reading newest first within each province, in the order asked", () => {
    const bars = japanCapitalBars(figures, ["nghe-an", "bac-ninh"], false);
    expect(bars.map((b) => b.value)).toEqual([
      72190000, 72690000, 1078000000, 1670000000, 1600000000, 1100000000,
    ]);
    expect(bars.filter((b) => b.disputed).map((b) => b.value)).toEqual([72190000, 72690000]);
  });

  it("gives a range both its ends, never a midpoint", () => {
    const [bar] = japanCapitalBars(
      [figure({ value: "950000000", valueHigh: "1200000000", qualifier: "ABOUT" })],
      ["nghe-an"],
      true,
    );
    expect(bar).toMatchObject({ value: 950000000, valueHigh: 1200000000 });
  });

  it("gives no bars for a province without readings", () => {
    expect(japanCapitalBars(figures, ["kanagawa"], true)).toEqual([]);
  });
});
