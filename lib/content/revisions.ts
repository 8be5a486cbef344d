// A record's history: every saved version, a page at a time, and restoring one as the newest
// draft. Like the rest of the engine, every lookup names the adapter's kind of record.
import type { Database } from "../prisma-client";
import { diffDocuments, type ValueLabels } from "./diff";
import type { ContentAdapter } from "./types";
import { gone, saveDraft, type Kind, type SaveOutcome } from "./working-copies";

/** Revisions per page of history: each is a whole document, so a page never loads them all. */
export const REVISIONS_PER_PAGE = 20;

/** Makes an earlier revision of this working copy the newest draft (published only when an editor publishes it). */
export async function restoreRevision<Input>(
  db: Database,
  adapter: ContentAdapter<Input>,
  args: { workingCopyId: number; revisionId: number; expectedVersion: number; actorId: number },
): Promise<SaveOutcome> {
  const revision = await db.revision.findFirst({
    where: {
      id: args.revisionId,
      workingCopyId: args.workingCopyId,
      workingCopy: { entityType: adapter.entityType },
    },
    select: { data: true },
  });
  if (!revision) return gone;
  return saveDraft(db, adapter, {
    workingCopyId: args.workingCopyId,
    expectedVersion: args.expectedVersion,
    data: revision.data as Input,
    actorId: args.actorId,
    action: "RESTORE",
  });
}

/** One page (from 1) of a working copy's revisions, newest first, each with what it changed. */
export async function listRevisions(
  db: Database,
  adapter: Kind,
  workingCopyId: number,
  page: number,
  labels?: ValueLabels,
) {
  const where = { workingCopyId, workingCopy: { entityType: adapter.entityType } };
  const [total, rows] = await Promise.all([
    db.revision.count({ where }),
    // One more than a page: the last one shown is compared with the one before it.
    db.revision.findMany({
      where,
      orderBy: [{ id: "desc" }],
      skip: (page - 1) * REVISIONS_PER_PAGE,
      take: REVISIONS_PER_PAGE + 1,
      select: {
        id: true,
        version: true,
        action: true,
        data: true,
        createdAt: true,
        author: { select: { email: true, name: true } },
      },
    }),
  ]);
  const shown = rows.slice(0, REVISIONS_PER_PAGE);
  // A publish row repeats the save of its version, except the first edit of a published
  // record, whose version 1 exists only as published: that one can be restored too.
  const published = shown.filter((r) => r.action === "PUBLISH").map((r) => r.version);
  const saved = published.length
    ? await db.revision.findMany({
        where: { workingCopyId, version: { in: published }, action: { not: "PUBLISH" } },
        select: { version: true },
      })
    : [];
  const savedVersions = new Set(saved.map((r) => r.version));
  return {
    revisions: shown.map(({ data, ...revision }, i) => ({
      ...revision,
      changes: diffDocuments(rows[i + 1]?.data ?? {}, data, labels),
      restorable: revision.action !== "PUBLISH" || !savedVersions.has(revision.version),
    })),
    page,
    pages: Math.max(1, Math.ceil(total / REVISIONS_PER_PAGE)),
  };
}
