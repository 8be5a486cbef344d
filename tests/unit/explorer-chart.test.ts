import { describe, expect, it } from "vitest";
import {
  chartSizes,
  layoutChart,
  markPath,
  textWidth,
  type ChartReading,
} from "@/lib/explorer/chart";
import { axisFormat } from "@/lib/format/axis";

const reading = (
  id: number,
  place: string,
  date: string,
  low: number,
  high: number | null = null,
  conflict = false,
): ChartReading => ({
  id,
  place,
  date: new Date(`${date}T00:00:00Z`),
  low,
  high,
  conflict,
});

const readings = [
  reading(1, "bac-ninh", "2017-12-31", 1.1e9),
  reading(2, "bac-ninh", "2020-11-25", 1.5e9),
  reading(3, "nghe-an", "2019-04-30", 72_190_000, null, true),
  reading(4, "nghe-an", "2019-04-30", 72_690_000, null, true),
  // A range wide enough to stand as a bar: positions are kept to a tenth of a pixel.
  reading(5, "nghe-an", "2022-12-31", 300_000_000, 400_000_000),
];

describe("explorer chart layout", () => {
  for (const [name, size] of Object.entries(chartSizes)) {
    for (const locale of ["en", "vi", "ja"] as const) {
      it(`keeps every label inside the ${name} chart in ${locale}`, () => {
        const layout = layoutChart(readings, ["bac-ninh", "nghe-an"], size, axisFormat(locale), {});
        for (const tick of layout.yTicks)
          expect(
            layout.plot.left - 6 - textWidth(tick.label, size.fontSize),
            tick.label,
          ).toBeGreaterThanOrEqual(0);
        for (const tick of layout.xTicks) {
          expect(
            tick.x - textWidth(tick.label, size.fontSize) / 2,
            tick.label,
          ).toBeGreaterThanOrEqual(0);
          expect(tick.x + textWidth(tick.label, size.fontSize) / 2, tick.label).toBeLessThanOrEqual(
            size.width,
          );
        }
      });
    }
  }

  it("draws conflicting readings of one date as separate marks, ranges as bars from low to high, and lines only through single readings", () => {
    const layout = layoutChart(
      readings,
      ["bac-ninh", "nghe-an"],
      chartSizes.wide,
      axisFormat("en"),
      {},
    );
    const [a, b] = layout.marks.filter((m) => m.place === "nghe-an");
    expect(a.conflict && b.conflict).toBe(true);
    expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(8);
    expect(layout.ranges).toHaveLength(1);
    expect(layout.ranges[0].bottom).toBeGreaterThan(layout.ranges[0].top);
    expect(layout.lines.map((l) => l.place)).toEqual(["bac-ninh"]);
  });

  it("spans the chosen years when they are given", () => {
    const layout = layoutChart(readings, ["bac-ninh"], chartSizes.wide, axisFormat("en"), {
      from: 2010,
      to: 2024,
    });
    expect(layout.xTicks[0].label).toBe("2010");
  });

  it("writes every position with one decimal at most, marks and lines included", () => {
    const layout = layoutChart(
      readings,
      ["bac-ninh", "nghe-an"],
      chartSizes.wide,
      axisFormat("en"),
      {},
    );
    const numbers = [
      ...layout.marks.flatMap((m) => [m.x, m.y]),
      ...layout.ranges.flatMap((r) => [r.x, r.top, r.bottom]),
      ...layout.xTicks.map((t) => t.x),
      ...layout.yTicks.map((t) => t.y),
    ].map(String);
    const paths = [...layout.lines.map((l) => l.d), markPath(0), markPath(4)];
    for (const text of [...numbers, ...paths]) expect(text).not.toMatch(/\.\d{2}/);
    expect(layout.marks.length + layout.lines.length).toBeGreaterThan(2);
  });
});

describe("explorer chart date ticks", () => {
  it("never crowds date labels: no two overlap, however long the language writes them", () => {
    const short = [reading(1, "a", "2023-01-31", 1), reading(2, "a", "2025-06-30", 2)];
    for (const locale of ["en", "vi", "ja"] as const) {
      for (const size of Object.values(chartSizes)) {
        const ticks = layoutChart(short, ["a"], size, axisFormat(locale), {}).xTicks;
        for (let i = 1; i < ticks.length; i++) {
          const room = ticks[i].x - ticks[i - 1].x;
          expect(room, `${locale} ${ticks[i].label}`).toBeGreaterThan(
            (textWidth(ticks[i].label, size.fontSize) +
              textWidth(ticks[i - 1].label, size.fontSize)) /
              2,
          );
        }
      }
    }
  });
});
