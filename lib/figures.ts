// Figures are observations: one number as one source reported it. This module groups
// them into series (one measure of one territory against one counterpart) and finds
// where sources disagree. Pure functions: the pages and the tests share them.
import type { TerritoryBounds } from "./format/territory";
import type { Basis, DatePrecision, Measure, Qualifier, Unit } from "./generated/prisma/enums";
import type { LocalizedText } from "./i18n/text";

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
  /** The territory the figure describes (pages label it: "Bac Ninh (1997 – 30 June 2025 boundaries)"). */
  territory: TerritoryBounds;
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
  territory: TerritoryBounds;
  counterpart: Figure["counterpart"];
  /** Newest first; entries[0] is the latest. */
  entries: FigureEntry[];
}

const seriesKey = (f: Figure) =>
  [f.territoryId, f.counterpart?.slug ?? "all", f.measure, f.basis].join("|");
const entryKey = (f: Figure) =>
  [f.asOf.toISOString(), f.periodStart?.toISOString() ?? "", f.precision].join("|");

/** Whether two readings in one unit give the same number or range ("over 1.67bn" and "1.67bn" agree). */
const sameValue = (a: Figure, b: Figure) =>
  Number(a.value) === Number(b.value) &&
  Number(a.valueHigh ?? a.value) === Number(b.valueHigh ?? b.value);

function judge(entry: FigureEntry) {
  const { readings } = entry;
  entry.conflict = readings.some((a) =>
    readings.some((b) => a.unit === b.unit && !sameValue(a, b)),
  );
  entry.mixedUnits = new Set(readings.map((r) => r.unit)).size > 1;
}

export function groupIntoSeries(figures: Figure[]): FigureSeries[] {
  const series = new Map<string, FigureSeries>();
  const entries = new Map<string, FigureEntry>();
  for (const figure of figures) {
    const sKey = seriesKey(figure);
    let s = series.get(sKey);
    if (!s) {
      s = {
        key: sKey,
        measure: figure.measure,
        basis: figure.basis,
        territory: figure.territory,
        counterpart: figure.counterpart,
        entries: [],
      };
      series.set(sKey, s);
    }
    const eKey = `${sKey}#${entryKey(figure)}`;
    let entry = entries.get(eKey);
    if (!entry) {
      entry = {
        asOf: figure.asOf,
        periodStart: figure.periodStart,
        precision: figure.precision,
        readings: [],
        conflict: false,
        mixedUnits: false,
      };
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
  "FDI_REGISTERED_CAPITAL",
  "FDI_PROJECTS",
  "ODA_VALUE",
  "ODA_PROJECTS",
  "ODA_VALUE_UNDER_WAY",
  "ODA_PROJECTS_UNDER_WAY",
  "TRADE",
  "EXPORTS",
  "IMPORTS",
  "WORKERS_SENT_ABROAD",
  "WORKERS",
  "GRDP",
  "GRDP_GROWTH",
  "POPULATION",
  "AREA",
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
export const measuresIn = (group: FigureGroup) =>
  measureOrder.filter((m) => groupOfMeasure[m] === group);

/** The id of a series' row, on every page that lists it. */
export const seriesAnchor = (series: FigureSeries) =>
  `series-${series.key.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase()}`;

/** Where every reading of a series is listed: its place's figure history page, at its row. */
export const seriesHistoryPath = (series: FigureSeries) =>
  `/figures/${series.entries[0].readings[0].placeSlug}#${seriesAnchor(series)}`;
