// Routing decisions before rendering; never the security check (every page and action checks
// the session itself). Each job runs on its own addresses (see `config.matcher`): the rest of
// the site runs no code here. Which page answers a reader's address (filters, choices, missing
// records) is decided before Next, by the web server (lib/routing/reader-routes.ts).
// (1) `/` picks the reader's language: the switcher's cookie, then Accept-Language, then English
//     (next-intl's middleware, with @formatjs/intl-localematcher), and redirects to /vi, /ja or /en.
// (2) Early redirects for the staff area. Staff pages render whole per request, so a redirect
//     decided inside a page reaches the browser only through JavaScript; here, a browser
//     without a session cookie gets a real HTTP redirect to the sign-in page instead, and an
//     address naming a record by an id that cannot exist, or that no record has, gets a real 404.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { sessionCookie, sessionCookieOptions } from "./lib/auth/session-cookie";
import { isMissingStaffRecord } from "./lib/content/staff-addresses";
import { routing } from "./lib/i18n/routing";
import { isMalformedRecordAddress } from "./lib/schemas/document";

const negotiateLanguage = createMiddleware(routing);

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/") {
    const response = negotiateLanguage(request);
    // The answer depends on these two headers; no shared cache may keep it for everyone.
    response.headers.set("vary", "accept-language, cookie");
    response.headers.set("cache-control", "private, no-store");
    return response;
  }
  // Server actions answer for themselves (they return "Your session has ended").
  if ((request.method !== "GET" && request.method !== "HEAD") || request.headers.has("next-action"))
    return NextResponse.next();
  if (pathname === "/admin/sign-in" || pathname.startsWith("/admin/sign-in/"))
    return NextResponse.next();
  if (isMalformedRecordAddress(request.nextUrl))
    return NextResponse.rewrite(new URL("/_not-found", request.url));

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
  if (await isMissingStaffRecord(pathname))
    return NextResponse.rewrite(new URL("/_not-found", request.url));
  // A prefetch is not the editor's activity, and one still in flight when they sign out would
  // otherwise bring the deleted cookie back with its renewal.
  if (request.headers.has("next-router-prefetch")) return NextResponse.next();
  const response = NextResponse.next();
  response.cookies.set(name, token, sessionCookieOptions());
  return response;
}

export const config = {
  matcher: ["/", "/admin", "/admin/:path*"],
};
