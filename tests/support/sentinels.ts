// Secrets and staff-only text with unique markers, for tests that look for them where they
// must never appear (public pages, their RSC payloads, the sitemap; staff pages fetched with
// spoofed headers). `npm test` seeds one set before the build, so prerendered pages had the
// chance to pick them up; the end-to-end spec seeds another while the server runs.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Database } from "../../lib/prisma-client";

export interface Sentinels {
  /** Every marker: none may appear in a public response. */
  markers: string[];
  staffEmail: string;
  draftTitle: string;
  /** The working copy of the never-published meeting (an admin URL to fetch). */
  draftCopyId: number;
}

export async function seedSentinels(db: Database): Promise<Sentinels> {
  const run = randomUUID().replaceAll("-", "").slice(0, 12);
  const staffEmail = `sentinel-staff-${run}@example.org`;
  const hashMarker = `SentinelHash${run}`;
  const token = `SentinelToken${run}${randomBytes(32).toString("base64url")}`.slice(0, 43);
  const tokenHash = createHash("sha256").update(token).digest("hex");
  const draftTitle = `Sentinel draft meeting ${run}`;
  const draftName = `Sentinel draft name ${run}`;

  const staff = await db.user.create({
    data: {
      email: staffEmail,
      name: `Sentinel Staff ${run}`,
      role: "ADMIN",
      passwordHash: `$argon2id$v=19$m=19456,t=2,p=1$${hashMarker}$${hashMarker}`,
    },
    select: { id: true },
  });
  await db.session.create({
    data: { tokenHash, userId: staff.id, expiresAt: new Date(Date.now() + 12 * 60 * 60_000) },
  });
  const source = await db.source.findFirstOrThrow({ select: { id: true } });
  // A meeting that exists only as a draft...
  const draft = await db.workingCopy.create({
    data: {
      entityType: "MEETING",
      data: {
        slug: `sentinel-${run}`,
        kind: "VISIT",
        title: { en: draftTitle },
        summary: { en: draftTitle },
        startsOn: "2026-11-01",
        placeSlugs: ["bac-ninh"],
        sectorSlugs: [],
        participants: [],
        outcomes: [],
        sourceIds: [source.id],
      },
      updatedById: staff.id,
    },
    select: { id: true },
  });
  // ...and a published person with an unpublished change of name.
  const person = await db.person.create({
    data: { name: { en: `Published person ${run}` } },
    select: { id: true },
  });
  const changed = await db.workingCopy.create({
    data: {
      entityType: "PERSON",
      entityId: person.id,
      data: { name: { en: draftName } },
      version: 2,
      publishedVersion: 1,
      updatedById: staff.id,
    },
    select: { id: true },
  });
  await db.revision.createMany({
    data: [
      {
        workingCopyId: draft.id,
        version: 1,
        action: "SAVE",
        data: { title: { en: draftTitle } },
        authorId: staff.id,
      },
      {
        workingCopyId: changed.id,
        version: 2,
        action: "SAVE",
        data: { name: { en: draftName } },
        authorId: staff.id,
      },
    ],
  });
  await db.auditEvent.create({
    data: {
      action: "user-created",
      actorId: staff.id,
      subject: `user:${staff.id} ${staffEmail}`,
      ip: "192.0.2.77",
    },
  });
  return {
    markers: [staffEmail, hashMarker, token, tokenHash, draftTitle, draftName],
    staffEmail,
    draftTitle,
    draftCopyId: draft.id,
  };
}
