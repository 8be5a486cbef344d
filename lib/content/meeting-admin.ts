import "server-only";
import { db } from "../db";
import { Commitment, FollowUp, MeetingKind, Side } from "../generated/prisma/enums";
import { getMessages } from "../i18n/messages";
import { asText } from "../i18n/text";

/** Every meeting for the staff list: published ones and drafts, with their state. Two queries. */
export async function listMeetingDocuments() {
  const [meetings, copies] = await Promise.all([
    db.meeting.findMany({ select: { id: true, slug: true, title: true, startsOn: true }, orderBy: { startsOn: "desc" } }),
    db.workingCopy.findMany({ where: { entityType: "MEETING" }, select: { id: true, entityId: true, data: true, version: true, publishedVersion: true, updatedAt: true } }),
  ]);
  const byEntity = new Map(copies.filter((c) => c.entityId).map((c) => [c.entityId!, c]));
  const unpublished = copies.filter((c) => !c.entityId).map((c) => ({
    key: `d${c.id}`,
    href: `/admin/meetings/${c.id}`,
    title: (c.data as { title?: { en?: string } }).title?.en ?? "(untitled)",
    state: "Draft, never published",
  }));
  const published = meetings.map((m) => {
    const copy = byEntity.get(m.id);
    return {
      key: `m${m.id}`,
      href: copy ? `/admin/meetings/${copy.id}` : `/admin/meetings/new?meeting=${m.id}`,
      title: asText(m.title).en,
      state: copy && copy.version !== copy.publishedVersion ? "Published, with unpublished changes" : "Published",
    };
  });
  return [...unpublished, ...published];
}

/** The choices the meeting form offers. */
export async function getMeetingFormOptions() {
  const m = getMessages("en");
  const [places, sectors, people, sources] = await Promise.all([
    db.place.findMany({ where: { kind: { not: "COUNTRY" } }, select: { slug: true, name: true, country: true }, orderBy: [{ country: "desc" }, { slug: "asc" }] }),
    db.sector.findMany({ select: { slug: true, name: true }, orderBy: { slug: "asc" } }),
    db.person.findMany({ select: { id: true, name: true } }),
    db.source.findMany({ select: { id: true, publisher: true, title: true }, orderBy: [{ publisher: "asc" }, { id: "asc" }] }),
  ]);
  const enumOptions = <T extends string>(values: Record<string, T>, labels: Record<T, string>) =>
    Object.values(values).map((value) => ({ value, label: labels[value] }));
  return {
    kinds: enumOptions(MeetingKind, m.meetingKind),
    sides: enumOptions(Side, m.side),
    commitments: enumOptions(Commitment, m.commitment),
    followUps: enumOptions(FollowUp, m.followUp),
    places: places.map((p) => ({ value: p.slug, label: `${asText(p.name).en} (${p.country === "VN" ? "Vietnam" : "Japan"})` })),
    sectors: sectors.map((s) => ({ value: s.slug, label: asText(s.name).en })),
    people: people.map((p) => ({ value: String(p.id), label: asText(p.name).en })).sort((a, b) => a.label.localeCompare(b.label)),
    sources: sources.map((s) => ({ value: String(s.id), label: `${s.publisher}: ${s.title}` })),
  };
}
