import "server-only";
import { db } from "../db";
import { searchDraftIds, searchRecordIds } from "../data/search";
import type { ContentArea } from "./areas";
import { recordsWithGap, type GapFilter } from "./translation-gaps";

export interface DocumentRow {
  key: string;
  href: string;
  title: string;
  state: "draft" | "changed" | "published";
}

/**
 * The records of an area for the staff list: published ones and drafts, with their state.
 * With `query`, only those the search index (published records) or a folded text match
 * (drafts) finds, best first; never every record filtered in memory. With `gap`, only those
 * missing that translation or holding an outdated one (./translation-gaps.ts). A few statements.
 */
export async function listDocuments(
  areaKey: string,
  area: ContentArea,
  query?: string,
  gap?: GapFilter,
): Promise<DocumentRow[]> {
  const { adapter } = area;
  const q = query?.trim();
  const [searched, searchedDrafts, gapped] = await Promise.all([
    q ? searchRecordIds(adapter.entityType, q) : undefined,
    q ? searchDraftIds(adapter.entityType, q) : undefined,
    gap ? recordsWithGap(db, adapter.entityType, gap) : undefined,
  ]);
  // Both filters at once: the records each one finds, in the search's order.
  const ids = gapped
    ? (searched ?? [...gapped.entityIds]).filter((id) => gapped.entityIds.has(id))
    : searched;
  const copyFilters = [
    ...(q ? [{ OR: [{ entityId: { in: searched } }, { id: { in: searchedDrafts } }] }] : []),
    ...(gapped ? [{ id: { in: [...gapped.copyIds] } }] : []),
  ];
  const [published, copies] = await Promise.all([
    db.$transaction((tx) => adapter.listPublished(tx, ids)),
    db.workingCopy.findMany({
      where: { entityType: adapter.entityType, AND: copyFilters },
      select: { id: true, entityId: true, data: true, version: true, publishedVersion: true },
      orderBy: { updatedAt: "desc" },
    }),
  ]);
  // Search ranks: keep its order rather than the list's alphabetical one.
  if (searched) published.sort((a, b) => searched.indexOf(a.id) - searched.indexOf(b.id));
  const byEntity = new Map(copies.filter((c) => c.entityId).map((c) => [c.entityId!, c]));
  const drafts = copies
    .filter((c) => !c.entityId)
    .map((c): DocumentRow => ({
      key: `d${c.id}`,
      href: `/admin/${areaKey}/${c.id}`,
      title: adapter.describe(c.data) || "(untitled)",
      state: "draft",
    }));
  const records = published.map((record): DocumentRow => {
    const copy = byEntity.get(record.id);
    return {
      key: `e${record.id}`,
      href: copy ? `/admin/${areaKey}/${copy.id}` : `/admin/${areaKey}/new?entity=${record.id}`,
      title: record.title,
      state: copy && copy.version !== copy.publishedVersion ? "changed" : "published",
    };
  });
  return [...drafts, ...records];
}
