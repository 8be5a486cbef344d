import type { Locale } from "../i18n/config";
import {
  meetingFilterSegment,
  parseMeetingFilter,
  type MeetingFilter,
} from "../schemas/meeting-filter";
import { rememberedPerAddress } from "./per-address";

const meetingsList = /^\/(en|vi|ja)\/meetings$/;

export interface FilteredMeetings {
  locale: Locale;
  /** Only the well-formed filters, never empty. */
  filter: MeetingFilter;
}

/**
 * The filters a meetings-list address asks for, or null for any other address and for a list
 * without (well-formed) filters, which is the prerendered page itself. Malformed values are
 * dropped, as the page always did: a bad link shows all meetings.
 */
export function filteredMeetings(pathname: string, search: string): FilteredMeetings | null {
  return meetingsList.test(pathname) ? parsedFilter(pathname, search) : null;
}

const parsedFilter = rememberedPerAddress((pathname, search): FilteredMeetings | null => {
  const params = new URLSearchParams(search);
  const parsed = parseMeetingFilter(
    Object.fromEntries([...params.keys()].map((key) => [key, params.getAll(key)])),
  );
  const filter = Object.fromEntries(
    Object.entries(parsed).filter(([, value]) => value !== undefined),
  ) as MeetingFilter;
  const locale = meetingsList.exec(pathname)![1] as Locale;
  return Object.keys(filter).length ? { locale, filter } : null;
});

/**
 * The page that serves a filtered list: one static page per filter, cached under one
 * canonical segment (app/[locale]/meetings-filtered/[filter]).
 */
export function filteredMeetingsPage({ locale, filter }: FilteredMeetings): string {
  return `/${locale}/meetings-filtered/${meetingFilterSegment(filter)}`;
}

/** The page's own address, which only the web server's routing may reach (./reader-routes.ts). */
export const isFilteredMeetingsPage = (pathname: string) =>
  /^\/[^/]+\/meetings-filtered(\/|$)/.test(pathname);
