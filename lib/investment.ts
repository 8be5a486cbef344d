// Builds the FDI comparison from figures: which readings the chart shows, in what order.
// Labels and values are formatted where they are shown, in the page's language.
import type { Figure } from "./figures";
import { groupIntoSeries } from "./figures";

export interface ComparisonBar {
  key: string;
  value: number;
  /** The high end of a range: the bar shows the range itself, never its midpoint. */
  valueHigh?: number;
  disputed: boolean;
  figure: Figure;
}

const isJapanCapital = (f: Figure) =>
  f.counterpart?.slug === "japan" && f.measure === "FDI_REGISTERED_CAPITAL" && f.basis === "STOCK";

/**
 * Every reading of Japan's cumulative registered capital in the given provinces, newest
 * first within each province. Disagreeing readings of one date stay separate bars.
 */
export function japanCapitalBars(
  figures: Figure[],
  provinceOrder: string[],
  latestOnly: boolean,
): ComparisonBar[] {
  return provinceOrder.flatMap((slug) => {
    const series = groupIntoSeries(
      figures.filter((f) => isJapanCapital(f) && f.placeSlug === slug),
    );
    const entries = series
      .flatMap((s) => s.entries)
      .sort((a, b) => b.asOf.getTime() - a.asOf.getTime());
    return (latestOnly ? entries.slice(0, 1) : entries).flatMap((entry) =>
      entry.readings.map((figure) => ({
        key: `${figure.id}`,
        value: Number(figure.value),
        ...(figure.valueHigh ? { valueHigh: Number(figure.valueHigh) } : {}),
        disputed: entry.conflict,
        figure,
      })),
    );
  });
}
