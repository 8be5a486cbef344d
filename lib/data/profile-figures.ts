import "server-only";
import { figureGroup, groupIntoSeries } from "../figures";
import { listFiguresForPlaces } from "./figures";

/** A place's figures split the way a profile shows them: overview, investment and aid, trade and labour. */
export async function getProfileFigures(slug: string) {
  const series = groupIntoSeries(await listFiguresForPlaces([slug]));
  return {
    overview: series.filter((s) => figureGroup(s.measure) === "overview"),
    investment: series.filter((s) => figureGroup(s.measure) === "investment"),
    exchange: series.filter((s) => figureGroup(s.measure) === "exchange"),
  };
}
