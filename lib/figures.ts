// Figures are observations: one number as one source reported it. This module groups
// them into series (one measure of one territory against one counterpart) and finds
// where sources disagree. Pure functions: the pages and the tests share them.
import { fractionDigits, shiftDecimal } from "./decimal";
import type { Basis, DatePrecision, Measure, Qualifier, Unit } from "./generated/prisma/enums";
import type { Locale } from "./i18n/config";
import { getMessages } from "./i18n/messages";
import { t, type LocalizedText } from "./i18n/text";

export interface FigureSource {
  id: number;
  publisher: string;
  title: string;
  url: string;
  publishedOn: Date | null;
  publishedPrecision: DatePrecision;
  kind: "PRIMARY" | "SECONDARY" | "MIRROR";
}

export interface Figure {
  id: number;
  territoryId: number;
  placeSlug: string;
  territoryLabel: LocalizedText;
  counterpart: { slug: string; name: LocalizedText } | null;
  measure: Measure;
  value: string; // decimal string: never floating point for money; the low end of a range
  valueHigh: string | null; // the high end when the source gave a range ("3,000–4,000")
  qualifier: Qualifier;
  unit: Unit;
  basis: Basis;
  asOf: Date;
  periodStart: Date | null;
  precision: DatePrecision;
  isEstimate: boolean;
  rank: number | null;
  rankOf: number | null;
  note: LocalizedText | null;
  source: FigureSource;
}

/**
 * All readings of one measure at one date (or period). Readings in one unit that differ are a
 * conflict; readings in different units (dong and dollars) are never converted to compare them.
 */
export interface FigureEntry {
  asOf: Date;
  periodStart: Date | null;
  precision: DatePrecision;
  readings: Figure[];
  conflict: boolean;
  mixedUnits: boolean;
}

export interface FigureSeries {
  key: string;
  measure: Measure;
  basis: Basis;
  territoryLabel: LocalizedText;
  counterpart: Figure["counterpart"];
  /** Newest first; entries[0] is the latest. */
  entries: FigureEntry[];
}

const seriesKey = (f: Figure) => [f.territoryId, f.counterpart?.slug ?? "all", f.measure, f.basis].join("|");
const entryKey = (f: Figure) => [f.asOf.toISOString(), f.periodStart?.toISOString() ?? "", f.precision].join("|");

/** Whether two readings in one unit give the same number or range ("over 1.67bn" and "1.67bn" agree). */
const sameValue = (a: Figure, b: Figure) => Number(a.value) === Number(b.value) && Number(a.valueHigh ?? a.value) === Number(b.valueHigh ?? b.value);

function judge(entry: FigureEntry) {
  const { readings } = entry;
  entry.conflict = readings.some((a) => readings.some((b) => a.unit === b.unit && !sameValue(a, b)));
  entry.mixedUnits = new Set(readings.map((r) => r.unit)).size > 1;
}

export function groupIntoSeries(figures: Figure[]): FigureSeries[] {
  const series = new Map<string, FigureSeries>();
  const entries = new Map<string, FigureEntry>();
  for (const figure of figures) {
    const sKey = seriesKey(figure);
    let s = series.get(sKey);
    if (!s) {
      s = { key: sKey, measure: figure.measure, basis: figure.basis, territoryLabel: figure.territoryLabel, counterpart: figure.counterpart, entries: [] };
      series.set(sKey, s);
    }
    const eKey = `${sKey}#${entryKey(figure)}`;
    let entry = entries.get(eKey);
    if (!entry) {
      entry = { asOf: figure.asOf, periodStart: figure.periodStart, precision: figure.precision, readings: [], conflict: false, mixedUnits: false };
      entries.set(eKey, entry);
      s.entries.push(entry);
    }
    entry.readings.push(figure);
    judge(entry);
  }
  for (const s of series.values()) s.entries.sort((a, b) => b.asOf.getTime() - a.asOf.getTime());
  return [...series.values()];
}

const measureOrder: Measure[] = [
  "FDI_REGISTERED_CAPITAL", "FDI_PROJECTS", "ODA_VALUE", "ODA_PROJECTS", "ODA_VALUE_UNDER_WAY", "ODA_PROJECTS_UNDER_WAY",
  "TRADE", "EXPORTS", "IMPORTS", "WORKERS_SENT_ABROAD", "WORKERS", "GRDP", "GRDP_GROWTH", "POPULATION", "AREA",
];
export const byMeasureOrder = (a: { measure: Measure }, b: { measure: Measure }) =>
  measureOrder.indexOf(a.measure) - measureOrder.indexOf(b.measure);

/** Where a profile shows a measure: investment and aid, trade and labour, or the overview. */
export type FigureGroup = "investment" | "exchange" | "overview";
const groupOfMeasure: Record<Measure, FigureGroup> = {
  FDI_PROJECTS: "investment",
  FDI_REGISTERED_CAPITAL: "investment",
  ODA_PROJECTS: "investment",
  ODA_VALUE: "investment",
  ODA_PROJECTS_UNDER_WAY: "investment",
  ODA_VALUE_UNDER_WAY: "investment",
  EXPORTS: "exchange",
  IMPORTS: "exchange",
  TRADE: "exchange",
  WORKERS_SENT_ABROAD: "exchange",
  WORKERS: "exchange",
  GRDP: "overview",
  GRDP_GROWTH: "overview",
  AREA: "overview",
  POPULATION: "overview",
};
export const figureGroup = (measure: Measure) => groupOfMeasure[measure];
export const measuresIn = (group: FigureGroup) => measureOrder.filter((m) => groupOfMeasure[m] === group);

/** "FDI registered capital from Japan", "Exports to Japan", "Population". */
export function measureLabel(measure: Measure, counterpart: Figure["counterpart"], locale: Locale) {
  const m = getMessages(locale);
  return counterpart ? m.measureWithCounterpart[measure].replace("{counterpart}", t(counterpart.name, locale)) : m.measure[measure];
}

const qualifierWords: Record<Qualifier, string> = { EXACT: "", ABOUT: "about ", OVER: "over ", NEARLY: "nearly " };

/**
 * Money is written at the largest scale that shows it exactly, with at most `digits` decimals:
 * "US$1.078 billion", but "VND 5,070.39 billion" (Vietnamese sources count dong in billions, tỷ).
 */
const moneyScales: Partial<Record<Unit, { prefix: string; digits: number; steps: [number, string][] }>> = {
  USD: { prefix: "US$", digits: 3, steps: [[9, "billion"], [6, "million"]] },
  VND: { prefix: "VND ", digits: 2, steps: [[12, "trillion"], [9, "billion"], [6, "million"]] },
};

/** The numbers of a value or range ("3,000–4,000", "1.2–1.5 billion"), never rounded. */
function formatNumbers(values: string[], unit: Unit): string {
  const plain = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 4 });
  const money = moneyScales[unit];
  const largest = Math.max(...values.map((v) => Math.abs(Number(v))));
  const step = money?.steps.find(([power]) => largest >= 10 ** power && values.every((v) => fractionDigits(shiftDecimal(v, power)) <= money.digits));
  const numbers = step ? values.map((v) => plain.format(Number(shiftDecimal(v, step[0])))) : values.map((v) => plain.format(Number(v)));
  return `${money?.prefix ?? ""}${numbers.join("–")}${step ? ` ${step[1]}` : ""}`;
}

/**
 * "over US$1.67 billion", "VND 5,070.39 billion", "about 3,000–4,000 workers a year", "6.03%":
 * as the source gave it, no more precise and never rounded.
 */
export function formatFigureValue(
  f: Pick<Figure, "value" | "unit" | "qualifier" | "measure"> & Partial<Pick<Figure, "valueHigh" | "basis">>,
  locale: Locale = "en",
): string {
  const m = getMessages(locale);
  const numbers = formatNumbers(f.valueHigh ? [f.value, f.valueHigh] : [f.value], f.unit);
  const noun = m.figure.countNoun[f.measure] ?? (f.unit === "PERSONS" ? m.figure.people : "");
  const text = (() => {
    switch (f.unit) {
      case "PERCENT":
        return `${numbers}%`;
      case "KM2":
        return `${numbers} km²`;
      case "COUNT":
      case "PERSONS":
        return noun ? `${numbers} ${noun}` : numbers;
      default:
        return numbers;
    }
  })();
  return `${qualifierWords[f.qualifier]}${text}${f.basis === "ANNUAL_RATE" ? ` ${m.figure.perYear}` : ""}`;
}
