// Drafts and publishing for every kind of record (history: ./revisions.ts). Each record has
// one working copy whose `version` is checked in the UPDATE itself: a save based on an older
// version changes nothing and reports what the other editor changed instead.
// A working copy id comes from a form, so every lookup here names the adapter's kind of
// record too: a sector's working copy posted to the people area is "not found", never a
// person overwritten with a sector.
import { recordAudit } from "../auth/audit";
import type { Database } from "../prisma-client";
import { Prisma } from "../generated/prisma/client";
import type { RevisionAction } from "../generated/prisma/enums";
import { indexRecord, unindexRecord } from "../search/index-records";
import { diffDocuments, type FieldChange } from "./diff";
import { stampTranslations } from "./translations";
import { DeleteRefused, PublishRefused, type ContentAdapter, type Tx } from "./types";

export interface Conflict {
  by: string;
  at: Date;
  currentVersion: number;
  changes: FieldChange[];
  /** The version the editor started from and the one now stored, to relabel the changes for display. */
  base: unknown;
  current: unknown;
}

/** `gone`: another editor deleted the record after this form was opened. */
export type SaveOutcome =
  | { ok: true; workingCopyId: number; version: number }
  | { ok: false; conflict: Conflict }
  | { ok: false; gone: true };

export const gone = { ok: false as const, gone: true as const };

/** What the lookups need of an adapter: which kind of record it holds. */
export type Kind = Pick<ContentAdapter<unknown>, "entityType">;

/** The working copy `id` if it holds a record of the adapter's kind. */
export function findWorkingCopy(db: Database | Tx, adapter: Kind, id: number) {
  return db.workingCopy.findFirst({ where: { id, entityType: adapter.entityType } });
}

/** The document a form starts from: the working copy, or the published record if none exists. */
export async function openDocument<Input>(
  db: Database,
  adapter: ContentAdapter<Input>,
  ref: { workingCopyId?: number; entityId?: number },
) {
  const copy = ref.workingCopyId
    ? await findWorkingCopy(db, adapter, ref.workingCopyId)
    : ref.entityId
      ? await db.workingCopy.findUnique({
          where: {
            entityType_entityId: { entityType: adapter.entityType, entityId: ref.entityId },
          },
        })
      : null;
  if (copy) {
    return {
      workingCopyId: copy.id,
      entityId: copy.entityId,
      version: copy.version,
      publishedVersion: copy.publishedVersion,
      data: copy.data as Input,
    };
  }
  if (!ref.entityId) return null;
  const data = await db.$transaction((tx) => adapter.loadPublished(tx, ref.entityId!));
  return data
    ? { workingCopyId: null, entityId: ref.entityId, version: 0, publishedVersion: 0, data }
    : null;
}

async function recordRevision(
  tx: Tx,
  workingCopyId: number,
  version: number,
  action: RevisionAction,
  data: unknown,
  authorId: number,
) {
  await tx.revision.create({
    data: { workingCopyId, version, action, data: data as Prisma.InputJsonValue, authorId },
  });
}

/**
 * Holds the working copy's row until the transaction ends, so that a publish or delete reads
 * a version no other publish, save or delete can change under it (a double-clicked Publish
 * must not create the record twice). Then reads it: null if it is gone or of another kind.
 */
async function lockWorkingCopy(tx: Tx, adapter: Kind, id: number) {
  await tx.$queryRaw`SELECT id FROM "WorkingCopy" WHERE id = ${id} FOR UPDATE`;
  return findWorkingCopy(tx, adapter, id);
}

/** What changed between the version the editor started from and the version now stored; null if it was deleted. */
async function describeConflict(
  tx: Tx,
  adapter: Kind,
  workingCopyId: number,
  baseVersion: number,
): Promise<Conflict | null> {
  const copy = await tx.workingCopy.findFirst({
    where: { id: workingCopyId, entityType: adapter.entityType },
    include: { updatedBy: { select: { email: true, name: true } } },
  });
  if (!copy) return null;
  const base = await tx.revision.findFirst({
    where: { workingCopyId, version: Math.max(baseVersion, 1) },
    orderBy: { id: "asc" },
  });
  return {
    by: copy.updatedBy.name ?? copy.updatedBy.email,
    at: copy.updatedAt,
    currentVersion: copy.version,
    changes: diffDocuments(base?.data, copy.data),
    base: base?.data,
    current: copy.data,
  };
}

/**
 * Saves a draft. `expectedVersion` is the version the form was opened at (0: the published
 * record, no working copy yet). Exactly one of several saves from the same version wins.
 */
export async function saveDraft<Input>(
  db: Database,
  adapter: ContentAdapter<Input>,
  args: {
    workingCopyId?: number | null;
    entityId?: number | null;
    expectedVersion: number;
    data: Input;
    actorId: number;
    action?: RevisionAction;
  },
): Promise<SaveOutcome> {
  // Each text records here whether its translations match its English (./translations.ts).
  const json = (
    adapter.namesOnly ? args.data : stampTranslations(args.data)
  ) as Prisma.InputJsonValue;
  try {
    return await db.$transaction(async (tx) => {
      let id = args.workingCopyId ?? null;
      if (!id && args.entityId) {
        id =
          (
            await tx.workingCopy.findUnique({
              where: {
                entityType_entityId: { entityType: adapter.entityType, entityId: args.entityId },
              },
            })
          )?.id ?? null;
      }
      if (!id) {
        if (args.expectedVersion !== 0)
          throw new Error("This draft no longer exists; reload the page.");
        // First edit of a record: version 1 is the record as published (or the new record's first save).
        const published = args.entityId ? await adapter.loadPublished(tx, args.entityId) : null;
        if (args.entityId && !published) return gone;
        const created = await tx.workingCopy.create({
          data: {
            entityType: adapter.entityType,
            entityId: args.entityId ?? null,
            data: (published ?? json) as Prisma.InputJsonValue,
            version: 1,
            publishedVersion: published ? 1 : null,
            updatedById: args.actorId,
          },
        });
        await recordRevision(
          tx,
          created.id,
          1,
          published ? "PUBLISH" : (args.action ?? "SAVE"),
          published ?? json,
          args.actorId,
        );
        if (!published) return { ok: true as const, workingCopyId: created.id, version: 1 };
        id = created.id;
        args = { ...args, expectedVersion: 1 };
      }
      const { count } = await tx.workingCopy.updateMany({
        where: { id, entityType: adapter.entityType, version: args.expectedVersion },
        data: { data: json, version: { increment: 1 }, updatedById: args.actorId },
      });
      if (count === 0)
        return conflictOutcome(await describeConflict(tx, adapter, id, args.expectedVersion));
      const version = args.expectedVersion + 1;
      await recordRevision(tx, id, version, args.action ?? "SAVE", json, args.actorId);
      return { ok: true as const, workingCopyId: id, version };
    });
  } catch (error) {
    // Another save created the working copy first (unique entityType+entityId).
    if (
      error instanceof Prisma.PrismaClientKnownRequestError &&
      error.code === "P2002" &&
      args.entityId
    ) {
      const copy = await db.workingCopy.findUnique({
        where: { entityType_entityId: { entityType: adapter.entityType, entityId: args.entityId } },
      });
      if (copy)
        return conflictOutcome(
          await db.$transaction((tx) =>
            describeConflict(tx, adapter, copy.id, args.expectedVersion),
          ),
        );
    }
    throw error;
  }
}

const conflictOutcome = (conflict: Conflict | null) =>
  conflict ? { ok: false as const, conflict } : gone;

export type PublishOutcome =
  | { ok: true; entityId: number; tags: string[] }
  | { ok: false; conflict: Conflict }
  | { ok: false; invalid: string };

/** Publishes the version the editor is looking at, writing it to the public tables in the same transaction. */
export async function publishDraft<Input>(
  db: Database,
  adapter: ContentAdapter<Input>,
  args: { workingCopyId: number; expectedVersion: number; actorId: number; ip?: string },
): Promise<PublishOutcome> {
  try {
    return await publishInTransaction(db, adapter, args);
  } catch (error) {
    const reason = refusalOf(error);
    if (reason) return { ok: false, invalid: reason };
    throw error;
  }
}

/** Errors that mean "this draft cannot be published as it stands", in an editor's words. */
function refusalOf(error: unknown): string | null {
  if (error instanceof PublishRefused) return error.message;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002")
      return "another record already uses this web address name (or URL); change it and save";
    if (error.code === "P2003")
      return "the draft refers to a record that has since been deleted; choose another and save";
  }
  return null;
}

async function publishInTransaction<Input>(
  db: Database,
  adapter: ContentAdapter<Input>,
  args: { workingCopyId: number; expectedVersion: number; actorId: number; ip?: string },
): Promise<PublishOutcome> {
  return db.$transaction(async (tx) => {
    const copy = await lockWorkingCopy(tx, adapter, args.workingCopyId);
    if (!copy) return { ok: false as const, invalid: "this draft no longer exists" };
    if (copy.version !== args.expectedVersion)
      return {
        ok: false as const,
        conflict: (await describeConflict(tx, adapter, copy.id, args.expectedVersion))!,
      };
    // Published already, by a second click or another editor: nothing left to do.
    if (copy.publishedVersion === copy.version && copy.entityId)
      return { ok: true as const, entityId: copy.entityId, tags: [] };
    const parsed = adapter.schema.safeParse(copy.data);
    if (!parsed.success)
      return {
        ok: false as const,
        invalid: "the draft has errors; correct them and save before publishing",
      };
    const { entityId, tags } = await adapter.publish(tx, parsed.data, copy.entityId);
    await indexRecord(tx, adapter.entityType, entityId);
    const { count } = await tx.workingCopy.updateMany({
      where: { id: copy.id, version: args.expectedVersion },
      data: { publishedVersion: args.expectedVersion, entityId },
    });
    if (count === 0)
      throw new PublishRefused("the draft changed while publishing; review the latest version");
    await recordRevision(tx, copy.id, args.expectedVersion, "PUBLISH", copy.data, args.actorId);
    await recordAudit(tx, {
      action: "published",
      actorId: args.actorId,
      subject: `${adapter.entityType.toLowerCase()}:${entityId} ${adapter.describe(parsed.data)}`,
      detail: { version: args.expectedVersion },
      ip: args.ip,
    });
    return { ok: true as const, entityId, tags };
  });
}

/**
 * Deletes the published record and its working copy in one transaction. The revisions go
 * with the working copy; the audit log keeps the deletion and the record as it last was.
 */
export async function deleteDocument<Input>(
  db: Database,
  adapter: ContentAdapter<Input>,
  args: {
    workingCopyId?: number | null;
    entityId?: number | null;
    expectedVersion: number;
    actorId: number;
    ip?: string;
  },
): Promise<{ ok: true; tags: string[] } | { ok: false; reason: string }> {
  try {
    return await db.$transaction(async (tx) => {
      const found = args.workingCopyId
        ? await findWorkingCopy(tx, adapter, args.workingCopyId)
        : await tx.workingCopy.findUnique({
            where: {
              entityType_entityId: { entityType: adapter.entityType, entityId: args.entityId! },
            },
          });
      const copy = found ? await lockWorkingCopy(tx, adapter, found.id) : null;
      if (args.workingCopyId && !copy) return { ok: false as const, reason: "it no longer exists" };
      // The editor confirmed the version they saw: work saved since then is not deleted unseen.
      if ((copy?.version ?? 0) !== args.expectedVersion)
        return {
          ok: false as const,
          reason: "it was changed after you opened this page; review the latest version first",
        };
      const entityId = copy ? copy.entityId : (args.entityId ?? null);
      const last = copy
        ? (copy.data as Input)
        : entityId
          ? await adapter.loadPublished(tx, entityId)
          : null;
      if (!last) return { ok: false as const, reason: "it no longer exists" };
      const { tags } = entityId ? await adapter.remove(tx, entityId) : { tags: [] };
      if (entityId) await unindexRecord(tx, adapter.entityType, entityId);
      if (copy) await tx.workingCopy.delete({ where: { id: copy.id } });
      await recordAudit(tx, {
        action: "deleted",
        actorId: args.actorId,
        subject: `${adapter.entityType.toLowerCase()}:${entityId ?? "draft"} ${adapter.describe(last)}`,
        detail: { lastVersion: copy?.version ?? 0, data: last as Prisma.InputJsonValue },
        ip: args.ip,
      });
      return { ok: true as const, tags };
    });
  } catch (error) {
    if (error instanceof DeleteRefused) return { ok: false, reason: error.message };
    throw error;
  }
}
