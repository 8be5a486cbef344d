import "server-only";
import { db } from "../db";
import type { ContentArea } from "./areas";

export interface DocumentRow {
  key: string;
  href: string;
  title: string;
  state: "draft" | "changed" | "published";
}

/** Every record of an area for the staff list: published ones and drafts, with their state. Two queries. */
export async function listDocuments(areaKey: string, area: ContentArea): Promise<DocumentRow[]> {
  const { adapter } = area;
  const [published, copies] = await Promise.all([
    db.$transaction((tx) => adapter.listPublished(tx)),
    db.workingCopy.findMany({
      where: { entityType: adapter.entityType },
      select: { id: true, entityId: true, data: true, version: true, publishedVersion: true },
      orderBy: { updatedAt: "desc" },
    }),
  ]);
  const byEntity = new Map(copies.filter((c) => c.entityId).map((c) => [c.entityId!, c]));
  const drafts = copies
    .filter((c) => !c.entityId)
    .map((c): DocumentRow => ({ key: `d${c.id}`, href: `/admin/${areaKey}/${c.id}`, title: adapter.describe(c.data) || "(untitled)", state: "draft" }));
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
