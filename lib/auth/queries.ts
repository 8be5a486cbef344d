// Reads for the staff-account pages (lib/data holds the public content reads).
import type { Database } from "../prisma-client";

export async function listStaff(db: Database) {
  const users = await db.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      createdAt: true,
      sessions: { select: { lastSeenAt: true }, orderBy: { lastSeenAt: "desc" }, take: 1 },
    },
  });
  return users.map(({ sessions, ...user }) => ({
    ...user,
    lastSeenAt: sessions[0]?.lastSeenAt ?? null,
  }));
}

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_LIMIT = 200;
export const AUDIT_PAGES = AUDIT_LIMIT / AUDIT_PAGE_SIZE;

/**
 * One page of the latest 200 audit events, newest first. A page past the last (page 3 while
 * there are 60 events) reads as the last page, so the log never says "no events" while it has some.
 */
export async function listAuditEvents(db: Database, asked: number) {
  const total = Math.min(await db.auditEvent.count(), AUDIT_LIMIT);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(asked, pages);
  const events = await db.auditEvent.findMany({
    orderBy: { id: "desc" },
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      action: true,
      subject: true,
      detail: true,
      ip: true,
      createdAt: true,
      actor: { select: { email: true } },
    },
  });
  return { events, page, pages };
}
