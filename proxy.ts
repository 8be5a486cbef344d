// Routing decisions before rendering; never the security check (every page and action checks
// the session itself). Each job runs on its own addresses (see `config.matcher`): the rest of
// the site is served as prerendered pages without running any code here.
// (1) `/` picks the reader's language: the switcher's cookie, then Accept-Language, then English
//     (next-intl's middleware, with @formatjs/intl-localematcher), and redirects to /vi, /ja or /en.
// (2) The meetings list is prerendered; with filters in its query string it is rewritten to
//     the static page of that filter (keeping the address), with values no list could offer
//     dropped first, so that a cached page exists only for a real filter. That page's own
//     address is not reachable from outside.
// (3) The commitments list, the explorer and search do the same for every clean choice, the bare
//     address included (lib/routing/choice-pages.ts); a choice naming a place that does not
//     exist, or one the page has something to say about, is left to the per-request page.
// (4) An address naming a record that does not exist answers 404 at once. Left to the page,
//     the first request for an unknown slug streams the fallback shell with 200 before the
//     page's notFound() runs (vercel/next.js#98518). Prerendered addresses pass untouched.
// (5) Early redirects for the staff area. Staff pages render whole per request, so a redirect
//     decided inside a page reaches the browser only through JavaScript; here, a browser
//     without a session cookie gets a real HTTP redirect to the sign-in page instead, and an
//     address naming a record by an id that cannot exist, or that no record has, gets a real 404.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { sessionCookie, sessionCookieOptions } from "./lib/auth/session-cookie";
import { isMissingStaffRecord } from "./lib/content/staff-addresses";
import { routing } from "./lib/i18n/routing";
import { knownMeetingFilter, placesExist, publicRecordExists, type RecordPage } from "./lib/data/records";
import { choiceTarget, isChoicePage } from "./lib/routing/choice-pages";
import { filteredMeetings, filteredMeetingsPage, isFilteredMeetingsPage } from "./lib/routing/filtered-meetings";
import { isPrerendered } from "./lib/routing/prerendered";
import { Slug } from "./lib/schemas/common";
import type { MeetingFilter } from "./lib/schemas/meeting-filter";
import { isMalformedRecordAddress } from "./lib/schemas/document";

const recordPage = /^\/([a-z]{2})\/(provinces|partners|meetings|figures)\/([^/]+)$/;
const negotiateLanguage = createMiddleware(routing);

/**
 * For a public record's address that names nothing: where to send the request instead, an
 * address under the same language that only app/[locale]/[...rest] claims, which
 * answers 404 with that language's not-found page before anything streams.
 */
async function missingRecordTarget(pathname: string): Promise<string | null> {
  const match = recordPage.exec(pathname);
  if (!match || isPrerendered(pathname)) return null;
  const [, locale, page, raw] = match;
  const slug = Slug.safeParse(raw);
  const missing = !slug.success || slug.data !== raw || !(await publicRecordExists(page as RecordPage, slug.data));
  return missing ? `/${locale}/missing-record/${page}` : null;
}

/** Where a filtered meetings list is served from, or null for the prerendered list itself. */
async function filteredMeetingsRewrite(pathname: string, search: string): Promise<string | null> {
  const asked = filteredMeetings(pathname, search);
  if (!asked) return null;
  const { locale, filter } = asked;
  // A value whose own page the build prerendered is known without asking the database.
  const entries = Object.entries(filter);
  const prerendered = entries.filter(([key, value]) => isPrerendered(filteredMeetingsPage({ locale, filter: { [key]: value } })));
  const unsure = entries.filter((entry) => !prerendered.includes(entry));
  const known: MeetingFilter = { ...Object.fromEntries(prerendered), ...(unsure.length ? await knownMeetingFilter(Object.fromEntries(unsure)) : {}) };
  return Object.keys(known).length ? filteredMeetingsPage({ locale, filter: known }) : null;
}

/** Where a commitments or explorer choice is served from, or null for the per-request page. */
async function choiceRewrite(pathname: string, search: string): Promise<string | null> {
  const target = choiceTarget(pathname, search);
  return target && (await placesExist(target.places)) ? target.page : null;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/") {
    const response = negotiateLanguage(request);
    // The answer depends on these two headers; no shared cache may keep it for everyone.
    response.headers.set("vary", "accept-language, cookie");
    response.headers.set("cache-control", "private, no-store");
    return response;
  }
  // The internal address of a filtered list or choice is not a page of its own.
  if (isFilteredMeetingsPage(pathname) || isChoicePage(pathname)) return NextResponse.rewrite(new URL(`/${pathname.split("/")[1]}/missing-record/meetings`, request.url));
  const filtered = (await filteredMeetingsRewrite(pathname, search)) ?? (await choiceRewrite(pathname, search));
  if (filtered) return NextResponse.rewrite(new URL(filtered, request.url));
  const missing = await missingRecordTarget(pathname);
  if (missing) return NextResponse.rewrite(new URL(missing, request.url));
  if (!pathname.startsWith("/admin")) return NextResponse.next();

  // Server actions answer for themselves (they return "Your session has ended").
  if ((request.method !== "GET" && request.method !== "HEAD") || request.headers.has("next-action")) return NextResponse.next();
  if (pathname === "/admin/sign-in" || pathname.startsWith("/admin/sign-in/")) return NextResponse.next();
  if (isMalformedRecordAddress(request.nextUrl)) return NextResponse.rewrite(new URL("/_not-found", request.url));

  const { name } = sessionCookie();
  const token = request.cookies.get(name)?.value;
  if (!token) {
    const url = new URL("/admin/sign-in", request.url);
    url.searchParams.set("next", pathname + search);
    return NextResponse.redirect(url, 307);
  }
  // The cookie lives as long as the session may stay idle, renewed on each page, so after
  // 30 idle minutes the browser has dropped it and lands here, rather than on a page whose
  // own redirect would need JavaScript. The session table stays the authority.
  if (await isMissingStaffRecord(pathname)) return NextResponse.rewrite(new URL("/_not-found", request.url));
  // A prefetch is not the editor's activity, and one still in flight when they sign out would
  // otherwise bring the deleted cookie back with its renewal.
  if (request.headers.has("next-router-prefetch")) return NextResponse.next();
  const response = NextResponse.next();
  response.cookies.set(name, token, sessionCookieOptions());
  return response;
}

export const config = {
  matcher: ["/", "/admin", "/admin/:path*", "/:locale/meetings", "/:locale/meetings-filtered/:path*", "/:locale/commitments", "/:locale/commitments-filtered/:path*", "/:locale/explorer", "/:locale/explorer-filtered/:path*", "/:locale/search", "/:locale/search-filtered/:path*", "/:locale/provinces/:slug", "/:locale/partners/:slug", "/:locale/meetings/:slug", "/:locale/figures/:slug"],
};
