// The audit log: who did what, to what, from where. Written in the same transaction as the
// change it describes, so a change is never logged without happening or the reverse.
// Kept for AUDIT_RETENTION_DAYS: now and then a write also deletes a bounded batch of older
// rows, so the log never grows without end and no single write pays for a large clean-up.
import type { Prisma } from "../generated/prisma/client";
import type { Database } from "../prisma-client";

export const auditActions = [
  "sign-in",
  "sign-in-locked",
  "sign-out",
  "password-changed",
  "user-created",
  "user-disabled",
  "user-enabled",
  "role-changed",
  "published",
  "deleted",
] as const;

export type AuditAction = (typeof auditActions)[number];

/** How long audit events are kept: a year, and a month for noticing what a year-end review asks about. */
export const AUDIT_RETENTION_DAYS = 400;
/** Rows a clean-up deletes at most; it runs on about one write in PRUNE_ONE_IN. */
const PRUNE_BATCH = 500;
const PRUNE_ONE_IN = 20;

export interface AuditEntry {
  action: AuditAction;
  actorId?: number | null;
  /** What the action was about, in words: "user:3 editor@example.org". */
  subject?: string | null;
  detail?: Prisma.InputJsonValue;
  ip?: string | null;
}

type Db = Database | Prisma.TransactionClient;

export async function recordAudit(db: Db, entry: AuditEntry) {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      subject: entry.subject ?? null,
      detail: entry.detail,
      ip: entry.ip ?? null,
    },
  });
  if (Math.random() * PRUNE_ONE_IN < 1) await pruneAuditLog(db);
}

/** Deletes up to PRUNE_BATCH events older than the retention period, oldest first (by the createdAt index). */
export async function pruneAuditLog(db: Db, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - AUDIT_RETENTION_DAYS * 24 * 60 * 60_000);
  return db.$executeRaw`DELETE FROM "AuditEvent" WHERE id IN (SELECT id FROM "AuditEvent" WHERE "createdAt" < ${cutoff} ORDER BY "createdAt" LIMIT ${PRUNE_BATCH})`;
}

export const userSubject = (user: { id: number; email: string }) => `user:${user.id} ${user.email}`;
