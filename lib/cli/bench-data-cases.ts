// The reads bench-data.ts times, each varied by the run number so no two runs in a row are
// the same query: the explorer, search, and every /api/v1 list through the API's router.
import { answerApi } from "../api/router";
import { db } from "../db";
import { exploreObservations } from "../data/explorer";
import { search } from "../data/search";
import { ExplorerQuery } from "../schemas/explorer";
import { SearchQuery } from "../schemas/search";

const provinces = ["bac-ninh", "nghe-an", "bac-giang"];
const measures = ["FDI_REGISTERED_CAPITAL", "FDI_PROJECTS", "GRDP", "GRDP_GROWTH"];
const queries = [
  "nghe an",
  "Bắc Ninh",
  "神奈川",
  "kanagwa",
  "gifu",
  "investment conference",
  "岐阜",
  "vinh university",
  "nguyen",
  "semiconductors",
];

export async function benchmarks(
  factor: number,
): Promise<Record<string, (i: number) => Promise<unknown>>> {
  const copy = (i: number) => (i % factor === 0 ? "" : `-${i % factor}`);
  const pick = <T>(list: T[], i: number) => list[i % list.length];
  const get = async (path: string) => {
    const { pathname, searchParams } = new URL(path, "http://bench.local");
    const answer = await answerApi({ method: "GET", pathname, searchParams, ifNoneMatch: null });
    if (answer.status !== 200) throw new Error(`${path}: ${answer.status}`);
    return answer.body;
  };
  return {
    // References for the machine's state in this same run: the cheapest statements there are.
    "reference: SELECT 1": () => db.$queryRaw`SELECT 1`,
    "reference: one place by slug": (i) =>
      db.place.findUnique({
        where: { slug: `${pick(provinces, i)}${copy(i)}` },
        select: { id: true },
      }),
    "explorer (2 places, one measure)": (i) =>
      exploreObservations(
        ExplorerQuery.parse({
          place: [`${pick(provinces, i)}${copy(i)}`, `${pick(provinces, i + 1)}${copy(i + 7)}`],
          counterpart: i % 2 ? "japan" : "all",
          measure: pick(measures, i),
          convert: i % 3 ? undefined : "USD",
        }),
      ),
    "search (all kinds, 5 per kind)": (i) => search(SearchQuery.parse({ q: pick(queries, i) })),
    "GET /api/v1/places": (i) => get(i % 2 ? "/api/v1/places" : "/api/v1/places?country=JP"),
    "GET /api/v1/relationships": (i) =>
      get(
        i % 2
          ? "/api/v1/relationships"
          : `/api/v1/relationships?place=${pick(provinces, i)}${copy(i)}`,
      ),
    "GET /api/v1/meetings": (i) =>
      get(i % 2 ? "/api/v1/meetings" : `/api/v1/meetings?place=${pick(provinces, i)}${copy(i)}`),
    "GET /api/v1/figures": (i) =>
      get(
        i % 2
          ? `/api/v1/figures?limit=100`
          : `/api/v1/figures?place=${pick(provinces, i)}${copy(i)}&measure=${pick(measures, i)}`,
      ),
    "GET /api/v1/sources": () => get("/api/v1/sources?limit=100"),
  };
}
