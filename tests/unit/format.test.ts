// Exact strings, as each language's readers expect them. ICU data differs between Node
// versions, and the pages format on the server, so these pin what this Node gives.
import { describe, expect, it } from "vitest";
import { formatDateOrPeriod, formatPartialDate, formatPeriod } from "@/lib/format/dates";
import { type FigureValue, formatFigureValue, formatMyriads } from "@/lib/format/figure-value";
import { formatTerritoryLabel } from "@/lib/format/territory";
import type { Locale } from "@/lib/i18n/config";
import { parsePartialDate } from "@/lib/partial-date";

const day = (text: string) => parsePartialDate(text).date;
const end = (text: string) => parsePartialDate(text, "end").date;

describe("dates", () => {
  it("writes a day as each language does", () => {
    expect(formatPartialDate(day("2019-04-26"), "DAY", "en")).toBe("26 April 2019");
    expect(formatPartialDate(day("2019-04-26"), "DAY", "vi")).toBe("26 tháng 4, 2019");
    expect(formatPartialDate(day("2019-04-26"), "DAY", "ja")).toBe("2019年4月26日");
  });

  it("is never more precise than the source", () => {
    expect(formatPartialDate(day("2023-11"), "MONTH", "en")).toBe("November 2023");
    expect(formatPartialDate(day("2023-11"), "MONTH", "vi")).toBe("tháng 11 năm 2023");
    expect(formatPartialDate(day("2023-11"), "MONTH", "ja")).toBe("2023年11月");
    expect(formatPartialDate(day("2015"), "YEAR", "en")).toBe("2015");
    expect(formatPartialDate(day("2015"), "YEAR", "vi")).toBe("2015");
    expect(formatPartialDate(day("2015"), "YEAR", "ja")).toBe("2015年");
  });

  // ICU puts thin spaces (U+2009) around the en dash of a range.
  it("writes periods without repeating what start and end share", () => {
    const [from, to] = [day("2023-09-06"), day("2023-09-07")];
    expect(formatPeriod(from, to, "DAY", "en")).toBe("6\u2009–\u20097 September 2023");
    expect(formatPeriod(from, to, "DAY", "vi")).toBe("6\u2009–\u20097 tháng 9, 2023");
    expect(formatPeriod(from, to, "DAY", "ja")).toBe("2023年9月6日～7日");
    expect(formatPeriod(day("2023-09-30"), day("2023-10-02"), "DAY", "ja")).toBe(
      "2023年9月30日～10月2日",
    );
    expect(formatPeriod(day("2023-12-30"), day("2024-01-02"), "DAY", "ja")).toBe(
      "2023年12月30日～2024年1月2日",
    );
    expect(formatPeriod(day("2024-01"), end("2024-09"), "MONTH", "en")).toBe(
      "January\u2009–\u2009September 2024",
    );
    expect(formatPeriod(day("2024-01"), end("2024-09"), "MONTH", "vi")).toBe(
      "tháng 1\u2009–\u2009tháng 9 năm 2024",
    );
    expect(formatPeriod(day("2024-01"), end("2024-09"), "MONTH", "ja")).toBe("2024年1月～9月");
    expect(formatPeriod(day("2018"), end("2024"), "YEAR", "ja")).toBe("2018年～2024年");
  });

  it("shows a period within one unit of its precision as that unit", () => {
    for (const locale of ["en", "vi", "ja"] as const) {
      expect(formatPeriod(day("2024"), end("2024"), "YEAR", locale)).toBe(
        formatPartialDate(day("2024"), "YEAR", locale),
      );
      expect(formatDateOrPeriod(day("2024-03"), "MONTH", locale, end("2024-03"))).toBe(
        formatPartialDate(day("2024-03"), "MONTH", locale),
      );
    }
  });
});

describe("figure values", () => {
  const value = (
    v: string,
    unit: FigureValue["unit"],
    qualifier: FigureValue["qualifier"] = "EXACT",
    measure: FigureValue["measure"] = "GRDP",
  ) => ({ value: v, unit, qualifier, measure });
  const all = (figure: FigureValue) =>
    Object.fromEntries(
      (["en", "vi", "ja"] as Locale[]).map((l) => [l, formatFigureValue(figure, l)]),
    );

  it("writes US dollars as each language's press does", () => {
    expect(all(value("72190000", "USD", "EXACT", "FDI_REGISTERED_CAPITAL"))).toEqual({
      en: "US$72.19 million",
      vi: "US$72,19 triệu",
      ja: "7219万米ドル",
    });
    expect(all(value("1670000000", "USD", "OVER", "FDI_REGISTERED_CAPITAL"))).toEqual({
      en: "over US$1.67 billion",
      vi: "hơn US$1,67 tỷ",
      ja: "16億7000万米ドル超",
    });
    expect(all(value("5120000000", "USD", "NEARLY"))).toEqual({
      en: "nearly US$5.12 billion",
      vi: "gần US$5,12 tỷ",
      ja: "51億2000万米ドル弱",
    });
    expect(all(value("178000000", "USD", "ABOUT"))).toEqual({
      en: "about US$178 million",
      vi: "khoảng US$178 triệu",
      ja: "約1億7800万米ドル",
    });
    expect(all(value("950000", "USD"))).toEqual({
      en: "US$950,000",
      vi: "US$950.000",
      ja: "95万米ドル",
    });
  });

  it("writes dong in trillions (en), tỷ (vi, even past a trillion) and 兆/億 (ja)", () => {
    expect(all(value("5070390000000", "VND"))).toEqual({
      en: "VND 5,070.39 billion",
      vi: "5.070,39 tỷ đồng",
      ja: "5兆703億9000万ドン",
    });
    expect(all(value("204600000000000", "VND"))).toEqual({
      en: "VND 204.6 trillion",
      vi: "204.600 tỷ đồng",
      ja: "204兆6000億ドン",
    });
    expect(all(value("144200000", "VND"))).toEqual({
      en: "VND 144.2 million",
      vi: "144,2 triệu đồng",
      ja: "1億4420万ドン",
    });
    expect(all(value("5100000000", "VND", "NEARLY"))).toEqual({
      en: "nearly VND 5.1 billion",
      vi: "gần 5,1 tỷ đồng",
      ja: "51億ドン弱",
    });
  });

  it("writes percentages, areas, people and counts, with plurals where the language has them", () => {
    expect(all(value("6.03", "PERCENT", "EXACT", "GRDP_GROWTH"))).toEqual({
      en: "6.03%",
      vi: "6,03%",
      ja: "6.03%",
    });
    expect(all(value("16490", "KM2", "EXACT", "AREA"))).toEqual({
      en: "16,490 km²",
      vi: "16.490 km²",
      ja: "16,490km²",
    });
    expect(all(value("822.71", "KM2", "EXACT", "AREA"))).toEqual({
      en: "822.71 km²",
      vi: "822,71 km²",
      ja: "822.71km²",
    });
    expect(all(value("3300000", "PERSONS", "OVER", "POPULATION"))).toEqual({
      en: "over 3,300,000 people",
      vi: "hơn 3.300.000 người",
      ja: "330万人超",
    });
    expect(all(value("1", "PERSONS", "EXACT", "WORKERS"))).toEqual({
      en: "1 person",
      vi: "1 người",
      ja: "1人",
    });
    expect(all(value("88", "COUNT", "EXACT", "FDI_PROJECTS"))).toEqual({
      en: "88 projects",
      vi: "88 dự án",
      ja: "88件",
    });
    expect(all(value("1", "COUNT", "EXACT", "ODA_PROJECTS"))).toEqual({
      en: "1 project",
      vi: "1 dự án",
      ja: "1件",
    });
    expect(all(value("100", "COUNT", "NEARLY", "ODA_PROJECTS"))).toEqual({
      en: "nearly 100 projects",
      vi: "gần 100 dự án",
      ja: "100件弱",
    });
    // Only project measures name their unit.
    expect(all(value("1500", "COUNT", "EXACT", "WORKERS"))).toEqual({
      en: "1,500",
      vi: "1.500",
      ja: "1,500",
    });
  });

  it("never rounds: money is written at the largest scale that shows it exactly", () => {
    expect(all(value("4819000000000", "VND", "EXACT", "ODA_VALUE_UNDER_WAY"))).toEqual({
      en: "VND 4,819 billion",
      vi: "4.819 tỷ đồng",
      ja: "4兆8190億ドン",
    });
    expect(all(value("2020000000000", "VND"))).toEqual({
      en: "VND 2.02 trillion",
      vi: "2.020 tỷ đồng",
      ja: "2兆200億ドン",
    });
    expect(all(value("1078000000", "USD", "EXACT", "FDI_REGISTERED_CAPITAL"))).toEqual({
      en: "US$1.078 billion",
      vi: "US$1,078 tỷ",
      ja: "10億7800万米ドル",
    });
    // 1.7496 billion would need four decimals: it was once shown as "US$1.75 billion".
    expect(all(value("1749600000", "USD", "EXACT", "FDI_REGISTERED_CAPITAL"))).toEqual({
      en: "US$1,749.6 million",
      vi: "US$1.749,6 triệu",
      ja: "17億4960万米ドル",
    });
    expect(all(value("5", "COUNT", "EXACT", "ODA_PROJECTS_UNDER_WAY"))).toEqual({
      en: "5 projects",
      vi: "5 dự án",
      ja: "5件",
    });
  });

  it("shows a range as the source gave it, never its midpoint, and a yearly rate as so many a year", () => {
    const workers = {
      value: "3000",
      valueHigh: "4000",
      unit: "PERSONS",
      qualifier: "ABOUT",
      measure: "WORKERS_SENT_ABROAD",
      basis: "ANNUAL_RATE",
    } as const;
    expect(all(workers)).toEqual({
      en: "about 3,000–4,000 workers a year",
      vi: "khoảng 3.000–4.000 lao động mỗi năm",
      ja: "年間約3000～4000人",
    });
    expect(formatFigureValue({ ...workers, valueHigh: null }, "en")).toBe(
      "about 3,000 workers a year",
    );
    expect(
      formatFigureValue(
        { ...workers, basis: "FLOW", measure: "POPULATION", qualifier: "EXACT" },
        "en",
      ),
    ).toBe("3,000–4,000 people");
    expect(
      all({
        value: "600000000",
        valueHigh: "650000000",
        unit: "USD",
        qualifier: "ABOUT",
        measure: "TRADE",
        basis: "ANNUAL_RATE",
      }),
    ).toEqual({
      en: "about US$600–650 million a year",
      vi: "khoảng US$600–650 triệu mỗi năm",
      ja: "年間約6億～6億5000万米ドル",
    });
    // Both ends at one scale, exactly: 950 million to 1.2 billion.
    expect(
      formatFigureValue(
        {
          value: "950000000",
          valueHigh: "1200000000",
          unit: "USD",
          qualifier: "EXACT",
          measure: "FDI_REGISTERED_CAPITAL",
        },
        "en",
      ),
    ).toBe("US$0.95–1.2 billion");
    expect(
      formatFigureValue(
        {
          value: "9.3",
          valueHigh: "9.54",
          unit: "PERCENT",
          qualifier: "EXACT",
          measure: "GRDP_GROWTH",
        },
        "vi",
      ),
    ).toBe("9,3–9,54%");
  });

  it("groups Japanese myriads exactly, from the decimal string", () => {
    expect(formatMyriads("72190000")).toBe("7219万");
    expect(formatMyriads("72190000.0000")).toBe("7219万");
    expect(formatMyriads("100000000")).toBe("1億");
    expect(formatMyriads("123456789012345")).toBe("123兆4567億8901万2345");
    expect(formatMyriads("9500")).toBe("9500");
    expect(formatMyriads("0")).toBe("0");
    expect(formatMyriads("12.5")).toBe("12.5");
    expect(formatMyriads("-30000")).toBe("-3万");
  });
});

describe("territory labels", () => {
  const bacNinh = { en: "Bac Ninh", vi: "Bắc Ninh", ja: "バクニン省" };
  const old = {
    name: bacNinh,
    validFrom: day("1997"),
    validFromPrecision: "YEAR" as const,
    validTo: day("2025-06-30"),
  };
  const merged = {
    name: bacNinh,
    validFrom: day("2025-07-01"),
    validFromPrecision: "DAY" as const,
    validTo: null,
  };

  it("names a place that never changed by its name alone", () => {
    expect(formatTerritoryLabel({ ...merged, validFrom: null }, "ja")).toBe("バクニン省");
  });

  it("says which boundaries a territory had", () => {
    expect(formatTerritoryLabel(old, "en")).toBe("Bac Ninh (1997 – 30 June 2025 boundaries)");
    expect(formatTerritoryLabel(old, "vi")).toBe("Bắc Ninh (địa giới 1997 – 30 tháng 6, 2025)");
    expect(formatTerritoryLabel(old, "ja")).toBe("バクニン省（1997年～2025年6月30日の区域）");
    expect(formatTerritoryLabel(merged, "en")).toBe("Bac Ninh (1 July 2025 – today boundaries)");
    expect(formatTerritoryLabel(merged, "vi")).toBe("Bắc Ninh (địa giới 1 tháng 7, 2025 – nay)");
    expect(formatTerritoryLabel({ ...old, validFrom: null }, "en")).toBe(
      "Bac Ninh (until 30 June 2025 boundaries)",
    );
  });
});
