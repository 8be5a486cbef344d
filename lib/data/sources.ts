import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { tags } from "../cache-tags";
import { db } from "../db";
import { sourceSelect } from "./figures";

/** Every source with how many figures, meetings and relationships cite it. */
export async function listSources() {
  "use cache";
  cacheLife("max");
  cacheTag(tags.sources);
  return db.source.findMany({
    select: {
      ...sourceSelect,
      _count: { select: { observations: true, meetings: true, relationships: true } },
    },
    orderBy: [{ publisher: "asc" }, { publishedOn: { sort: "desc", nulls: "last" } }],
  });
}
