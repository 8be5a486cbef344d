// The explorer's time series as geometry: which readings can share one axis, where each mark
// goes, and how much room the labels need. Pure (no React, no i18n: the page passes its
// formatters), so the layout is tested directly. Scales come from d3-scale, lines and marks
// from d3-shape; nothing here draws by hand what those libraries do.
import { scaleLinear, scaleUtc } from "d3-scale";
import {
  line,
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  symbolCross,
} from "d3-shape";

export interface ChartReading {
  id: number;
  place: string;
  date: Date;
  low: number;
  /** The high end of a range, drawn as a bar from low to high (never as its midpoint). */
  high: number | null;
  /** Another source gives a different value for the same date. */
  conflict: boolean;
}

export interface ChartFormat {
  /** A y-axis tick ("1.5 billion", "15億"): short, in the page's language. */
  value: (value: number) => string;
  /** An x-axis tick: a year, or month and year when the span is short. */
  date: (date: Date, yearOnly: boolean) => string;
}

export interface ChartSize {
  width: number;
  height: number;
  fontSize: number;
  xTicks: number;
  yTicks: number;
}

export const chartSizes = {
  narrow: { width: 340, height: 260, fontSize: 12, xTicks: 4, yTicks: 4 },
  wide: { width: 1000, height: 360, fontSize: 14, xTicks: 10, yTicks: 6 },
} satisfies Record<string, ChartSize>;

/** Print-safe, colour-blind-aware colours (each at least 3:1 on white) and a shape for each place. */
export const seriesColours = [
  "#0b5fa5",
  "#c2410c",
  "#047857",
  "#9d174d",
  "#6d28d9",
  "#854d0e",
  "#334155",
  "#0e7490",
  "#b91c1c",
  "#4d7c0f",
  "#a21caf",
  "#1e3a8a",
];
const shapes = [
  symbolCircle,
  symbolSquare,
  symbolTriangle,
  symbolDiamond,
  symbolStar,
  symbolWye,
  symbolCross,
];

/**
 * Positions go into the page's HTML as text, one per mark and tick in each of two charts: a
 * tenth of a pixel is finer than any screen shows, and d3's full precision ("311.34490740740745")
 * barely compresses. Rounded, the explorer choice of two places went from 7,497 to 7,254 bytes
 * gzipped.
 */
const digits = 1;
const rounded = (value: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The path of place number `index`'s mark, centred on 0,0 (also drawn in the legend). */
export const markPath = (index: number, size = 64) =>
  symbol(shapes[index % shapes.length], size).digits(digits)() ?? "";

/**
 * A generous estimate of a label's width in an SVG, which has no text measuring on the server:
 * full-width (CJK) characters take 1 em, others up to 0.62 em. Overestimating only costs margin.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text)
    ems +=
      /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        char,
      )
        ? 1
        : /[\s.,'’:·]/.test(char)
          ? 0.32
          : 0.62;
  return ems * fontSize;
}

const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  lines: { place: string; d: string }[];
  marks: { id: number; place: string; x: number; y: number; conflict: boolean }[];
  ranges: {
    id: number;
    place: string;
    x: number;
    top: number;
    bottom: number;
    conflict: boolean;
  }[];
}

/**
 * Lays the readings out in `size`, over the chosen years (or the readings' own span). Margins
 * are made from the widest tick label, so no label is ever cut off. Several readings of one
 * place at one date stand side by side, a few pixels apart, so none hides another; the line
 * joins only dates with a single reading, and ranges stand apart as bars.
 */
export function layoutChart(
  readings: ChartReading[],
  places: string[],
  size: ChartSize,
  format: ChartFormat,
  years: { from?: number; to?: number },
): ChartLayout {
  const times = readings.map((r) => r.date.getTime());
  const first = years.from !== undefined ? yearStart(years.from) : new Date(Math.min(...times));
  const last = years.to !== undefined ? yearStart(years.to + 1) : new Date(Math.max(...times));
  const domain: [Date, Date] =
    first.getTime() === last.getTime()
      ? [yearStart(first.getUTCFullYear()), yearStart(first.getUTCFullYear() + 1)]
      : [first, last];

  const values = readings.flatMap((r) => [r.low, r.high ?? r.low]);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(...values, 1)])
    .nice(size.yTicks);
  const yTicks = y.ticks(size.yTicks).map((v) => ({ value: v, label: format.value(v) }));

  const x = scaleUtc().domain(domain);
  // As many date ticks as fit side by side with room to spare: fewer for long labels ("thg 4 2023").
  let xTickDates: Date[] = [];
  let xLabels: string[] = [];
  for (let count = size.xTicks; count >= 1; count--) {
    xTickDates = x.ticks(count);
    const yearOnly = xTickDates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
    xLabels = xTickDates.map((d) => format.date(d, yearOnly));
    const widest = Math.max(...xLabels.map((l) => textWidth(l, size.fontSize)), 0);
    if (xTickDates.length * (widest + size.fontSize * 1.5) <= size.width * 0.85) break;
  }

  const gap = size.fontSize * 0.8;
  const left = Math.ceil(
    Math.max(...yTicks.map((t) => textWidth(t.label, size.fontSize)), 0) + gap + 6,
  );
  const halfX = Math.max(...xLabels.map((l) => textWidth(l, size.fontSize) / 2), 0);
  // The y axis's name sits above the plot; the x axis's ticks below it; half a date label may hang past either end.
  const plot = {
    left: Math.max(left, halfX + 2),
    right: size.width - Math.ceil(halfX + 12),
    top: Math.ceil(size.fontSize * 2.2),
    bottom: size.height - Math.ceil(size.fontSize * 3.2),
  };
  x.range([plot.left, plot.right]);
  y.range([plot.bottom, plot.top]);

  const marks: ChartLayout["marks"] = [];
  const ranges: ChartLayout["ranges"] = [];
  const lines: ChartLayout["lines"] = [];
  for (const place of places) {
    const own = readings
      .filter((r) => r.place === place)
      .sort((a, b) => a.date.getTime() - b.date.getTime() || a.id - b.id);
    // (Map.groupBy needs Node 21; the project runs on 20.)
    const byDate = new Map<number, ChartReading[]>();
    for (const r of own) byDate.set(r.date.getTime(), [...(byDate.get(r.date.getTime()) ?? []), r]);
    const single: ChartReading[] = [];
    for (const group of byDate.values()) {
      if (group.length === 1 && group[0].high === null) single.push(group[0]);
      group.forEach((r, i) => {
        const cx = rounded(x(r.date) + (i - (group.length - 1) / 2) * 9);
        if (r.high === null)
          marks.push({ id: r.id, place, x: cx, y: rounded(y(r.low)), conflict: r.conflict });
        else
          ranges.push({
            id: r.id,
            place,
            x: cx,
            top: rounded(y(r.high)),
            bottom: rounded(y(r.low)),
            conflict: r.conflict,
          });
      });
    }
    const d =
      single.length > 1
        ? line<ChartReading>(
            (r) => x(r.date),
            (r) => y(r.low),
          ).digits(digits)(single)
        : null;
    if (d) lines.push({ place, d });
  }
  return {
    width: size.width,
    height: size.height,
    plot,
    xTicks: xTickDates.map((d, i) => ({ x: rounded(x(d)), label: xLabels[i] })),
    yTicks: yTicks.map((t) => ({ y: rounded(y(t.value)), label: t.label })),
    lines,
    marks,
    ranges,
  };
}
