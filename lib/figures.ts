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
  value: string; // decimal string: never floating point for money
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

/** All readings of one measure at one date (or period); more than one value is a conflict. */
export interface FigureEntry {
  asOf: Date;
  periodStart: Date | null;
  precision: DatePrecision;
  readings: Figure[];
  conflict: boolean;
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

const seriesKey = (f: Figure) => [f.territoryId, f.counterpart?.slug ?? "all", f.measure, f.basis].join("|");
const entryKey = (f: Figure) => [f.asOf.toISOString(), f.periodStart?.toISOString() ?? "", f.precision].join("|");

/** The number a reading stands for, comparable across readings ("over 1.67bn" and "1.67bn" agree). */
const sameValue = (a: Figure, b: Figure) => Number(a.value) === Number(b.value) && a.unit === b.unit;

export function groupIntoSeries(figures: Figure[]): FigureSeries[] {
  const series = new Map<string, FigureSeries>();
  const entries = new Map<string, FigureEntry>();
  for (const figure of figures) {
    const sKey = seriesKey(figure);
    let s = series.get(sKey);
    if (!s) {
      s = { key: sKey, measure: figure.measure, basis: figure.basis, territory: figure.territory, counterpart: figure.counterpart, entries: [] };
      series.set(sKey, s);
    }
    const eKey = `${sKey}#${entryKey(figure)}`;
    let entry = entries.get(eKey);
    if (!entry) {
      entry = { asOf: figure.asOf, periodStart: figure.periodStart, precision: figure.precision, readings: [], conflict: false };
      entries.set(eKey, entry);
      s.entries.push(entry);
    }
    entry.readings.push(figure);
    entry.conflict = entry.readings.some((reading) => !sameValue(reading, entry.readings[0]));
  }
  for (const s of series.values()) s.entries.sort((a, b) => b.asOf.getTime() - a.asOf.getTime());
  return [...series.values()];
}

const measureOrder: Measure[] = [
  "FDI_REGISTERED_CAPITAL", "FDI_PROJECTS", "ODA_VALUE", "ODA_PROJECTS", "TRADE", "EXPORTS", "IMPORTS",
  "WORKERS", "GRDP", "GRDP_GROWTH", "POPULATION", "AREA",
];
export const byMeasureOrder = (a: { measure: Measure }, b: { measure: Measure }) =>
  measureOrder.indexOf(a.measure) - measureOrder.indexOf(b.measure);
