// An Atom feed of published meetings in one language: newest publication first (a meeting
// republished with changes comes back up, which is what Atom's `updated` means).
import "server-only";
import { Feed } from "feed";
import { db } from "../db";
import type { Locale } from "../i18n/config";
import { getMessages } from "../i18n/messages";
import { localize } from "../i18n/text";
import { asOptionalText, asText } from "../i18n/text";

export const feedSize = 50;

/** The latest published meetings, one statement. */
async function latestMeetings() {
  return db.meeting.findMany({
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      startsOn: true,
      venue: true,
      updatedAt: true,
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: feedSize,
  });
}

/** The feed as Atom 1.0 XML; `origin` is the site's public address (for links and ids). */
export async function meetingsAtom(locale: Locale, origin: string): Promise<string> {
  const meetings = await latestMeetings();
  const m = getMessages(locale);
  const host = new URL(origin).hostname;
  const feed = new Feed({
    id: `${origin}/api/feeds/meetings/${locale}`,
    title: m.feed.title,
    description: m.feed.subtitle,
    link: `${origin}/${locale}/meetings`,
    language: locale,
    updated: meetings[0]?.updatedAt ?? new Date(0),
    generator: "Vietnam–Japan Partnership Portal",
    copyright: m.downloads.licence,
    feedLinks: { atom: `${origin}/api/feeds/meetings/${locale}` },
  });
  for (const meeting of meetings) {
    const summary = localize(asText(meeting.summary), locale).value;
    const venue = asOptionalText(meeting.venue);
    feed.addItem({
      // A tag URI on the record's id: stays the same if the meeting's address (slug) changes.
      id: `tag:${host},2026:meeting:${meeting.id}`,
      title: localize(asText(meeting.title), locale).value,
      link: `${origin}/${locale}/meetings/${meeting.slug}`,
      description: venue
        ? `${meeting.startsOn.toISOString().slice(0, 10)} · ${localize(venue, locale).value}. ${summary}`
        : `${meeting.startsOn.toISOString().slice(0, 10)}. ${summary}`,
      date: meeting.updatedAt,
    });
  }
  return feed.atom1();
}
