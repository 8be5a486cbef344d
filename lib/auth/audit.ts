// The audit log: who did what, to what, from where. Written in the same transaction as the
// change it describes, so a change is never logged without happening or the reverse.
import type { Prisma } from "../generated/prisma/client";
import type { Database } from "../prisma-client";

export const auditActions = [
  "sign-in",
  "sign-in-failed",
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

export interface AuditEntry {
  action: AuditAction;
  actorId?: number | null;
  /** What the action was about, in words: "user:3 editor@example.org". */
  subject?: string | null;
  detail?: Prisma.InputJsonValue;
  ip?: string | null;
}

export async function recordAudit(db: Database | Prisma.TransactionClient, entry: AuditEntry) {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      subject: entry.subject ?? null,
      detail: entry.detail,
      ip: entry.ip ?? null,
    },
  });
}

export const userSubject = (user: { id: number; email: string }) => `user:${user.id} ${user.email}`;
