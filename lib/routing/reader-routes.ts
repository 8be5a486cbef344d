// Which page answers a reader's address, decided by the web server before Next sees the
// request (lib/server/web-server.ts sets the request's URL to it; the address the reader sees
// stays). Done there rather than in proxy.ts: Next runs its proxy at a cost of its own on every
// request it matches, which on these addresses, all served from the cache, was a third of
// the work.
// (1) The meetings list is prerendered; with filters in its query string it is served by the
//     static page of that filter, with values no list could offer dropped first, so that a
//     cached page exists only for a real filter.
// (2) The commitments list, the explorer and search do the same for every clean choice, the bare
//     address included (./choice-pages.ts); a choice naming a place that does not exist, or
//     one the page has something to say about, is left to the per-request page.
// (3) An address naming a record that does not exist answers 404 at once. Left to the page,
//     the first request for an unknown slug streams the fallback shell with 200 before the
//     page's notFound() runs (vercel/next.js#98518). Prerendered addresses pass untouched.
// (4) The internal addresses of (1) and (2) are not pages of their own: from outside, 404.
// (5) An address that only a catch-all claims (/vi/nowhere, /nowhere) answers 404 too.
// Every 404 here is the prerendered page-not-found of the address's language (English when it
// names none), which the web server sends with status 404: Next's own answer to notFound() has
// an empty body until its JavaScript runs (vercel/next.js#98954).
import {
  knownMeetingFilter,
  placesExist,
  publicRecordExists,
  type RecordPage,
} from "../data/records";
import { defaultLocale, isLocale } from "../i18n/config";
import { Slug } from "../schemas/common";
import type { MeetingFilter } from "../schemas/meeting-filter";
import { choiceTarget, isChoicePage } from "./choice-pages";
import {
  filteredMeetings,
  filteredMeetingsPage,
  isFilteredMeetingsPage,
} from "./filtered-meetings";
import { onlyCatchAllClaims } from "./app-routes";
import { isPrerendered } from "./prerendered";

const recordPage = /^\/([a-z]{2})\/(provinces|partners|meetings|figures)\/([^/]+)$/;

/**
 * The address whose page answers this one, or null when it answers for itself. Queries
 * PostgreSQL only for what the build did not prerender and the place list (read once per write).
 */
export async function readerRoute(pathname: string, search: string): Promise<string | null> {
  if (isFilteredMeetingsPage(pathname) || isChoicePage(pathname) || isNotFoundPage(pathname))
    return notFoundPage(pathname);
  return (
    (await filteredMeetingsRoute(pathname, search)) ??
    (await choiceRoute(pathname, search)) ??
    (await missingRecordRoute(pathname)) ??
    unclaimedRoute(pathname)
  );
}

/** The 404 page in the language of this address, or in English when it names none. */
function notFoundPage(pathname: string) {
  const first = pathname.split("/")[1];
  return `/${isLocale(first) ? first : defaultLocale}/page-not-found`;
}

/** The web server answers these with status 404. */
export const isNotFoundPage = (route: string) => /^\/[^/]+\/page-not-found\/?$/.test(route);

async function filteredMeetingsRoute(pathname: string, search: string): Promise<string | null> {
  const asked = filteredMeetings(pathname, search);
  if (!asked) return null;
  const { locale, filter } = asked;
  // A value whose own page the build prerendered is known without asking the database.
  const entries = Object.entries(filter);
  const prerendered = entries.filter(([key, value]) =>
    isPrerendered(filteredMeetingsPage({ locale, filter: { [key]: value } })),
  );
  const unsure = entries.filter((entry) => !prerendered.includes(entry));
  const known: MeetingFilter = {
    ...Object.fromEntries(prerendered),
    ...(unsure.length ? await knownMeetingFilter(Object.fromEntries(unsure)) : {}),
  };
  return Object.keys(known).length ? filteredMeetingsPage({ locale, filter: known }) : null;
}

async function choiceRoute(pathname: string, search: string): Promise<string | null> {
  const target = choiceTarget(pathname, search);
  return target && (await placesExist(target.places)) ? target.page : null;
}

async function missingRecordRoute(pathname: string): Promise<string | null> {
  const match = recordPage.exec(pathname);
  if (!match || isPrerendered(pathname)) return null;
  const [, , page, raw] = match;
  const slug = Slug.safeParse(raw);
  const missing =
    !slug.success ||
    slug.data !== raw ||
    !(await publicRecordExists(page as RecordPage, slug.data));
  return missing ? notFoundPage(pathname) : null;
}

/** Left to Next: its assets, the API and the staff area, which have 404s of their own. */
const ownNotFound = new Set(["_next", "api", "admin"]);

function unclaimedRoute(pathname: string): string | null {
  if (isPrerendered(pathname) || ownNotFound.has(pathname.split("/")[1])) return null;
  return onlyCatchAllClaims(pathname) ? notFoundPage(pathname) : null;
}
