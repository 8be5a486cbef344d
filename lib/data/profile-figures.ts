import "server-only";
import { figureGroup, groupIntoSeries } from "../figures";
import { listFiguresForPlaces } from "./figures";
import { getPlaceSummary } from "./places";

/** A place's figures split the way a profile shows them: overview, investment and aid, trade and labour. */
export async function getProfileFigures(slug: string) {
  const series = groupIntoSeries(await listFiguresForPlaces([slug]));
  return {
    overview: series.filter((s) => figureGroup(s.measure) === "overview"),
    investment: series.filter((s) => figureGroup(s.measure) === "investment"),
    exchange: series.filter((s) => figureGroup(s.measure) === "exchange"),
  };
}

/** A place and every reading of every figure about it (its figure history page); null without any. */
export async function getFigureHistory(slug: string) {
  const [place, figures] = await Promise.all([getPlaceSummary(slug), listFiguresForPlaces([slug])]);
  if (!place || figures.length === 0) return null;
  return { place, series: groupIntoSeries(figures) };
}
