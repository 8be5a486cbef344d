import "server-only";
import type { Figure, FigureEntry } from "../figures";
import { groupIntoSeries } from "../figures";
import type { Measure } from "../generated/prisma/enums";
import { listFiguresForPlaces } from "./figures";

/**
 * The latest reading of Japan's cumulative FDI (capital and projects) in each province,
 * whichever of its territories it describes: the numbers investors ask for first.
 */
export async function getJapanFdiHeadlines(provinceSlugs: string[]) {
  const measures: Measure[] = ["FDI_REGISTERED_CAPITAL", "FDI_PROJECTS"];
  const figures = await listFiguresForPlaces(provinceSlugs, measures);
  return provinceSlugs.map((slug) => {
    const own = figures.filter(
      (f) => f.counterpart?.slug === "japan" && f.basis === "STOCK" && f.placeSlug === slug,
    );
    const latest = (measure: Measure): FigureEntry | null => {
      const entries = groupIntoSeries(own.filter((f) => f.measure === measure)).flatMap(
        (s) => s.entries,
      );
      return entries.sort((a, b) => b.asOf.getTime() - a.asOf.getTime())[0] ?? null;
    };
    return { slug, capital: latest("FDI_REGISTERED_CAPITAL"), projects: latest("FDI_PROJECTS") };
  });
}

export type Headline = Awaited<ReturnType<typeof getJapanFdiHeadlines>>[number];
export type { Figure };
