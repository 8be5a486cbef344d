import "server-only";
import { groupIntoSeries } from "../figures";
import type { Measure } from "../generated/prisma/enums";
import { listFiguresForPlaces } from "./figures";

const investmentMeasures: Measure[] = ["FDI_PROJECTS", "FDI_REGISTERED_CAPITAL", "ODA_PROJECTS", "ODA_VALUE"];

/** A place's figures split the way a profile shows them: overview, and investment and aid. */
export async function getProfileFigures(slug: string) {
  const series = groupIntoSeries(await listFiguresForPlaces([slug]));
  return {
    overview: series.filter((s) => !investmentMeasures.includes(s.measure)),
    investment: series.filter((s) => investmentMeasures.includes(s.measure)),
  };
}
