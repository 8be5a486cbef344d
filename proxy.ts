// Three jobs before rendering, each on its own addresses (see `config.matcher`): the rest of
// the site is served as prerendered pages without running any code here.
// (1) `/` picks the reader's language: the switcher's cookie, then Accept-Language, then English
//     (next-intl's middleware, with @formatjs/intl-localematcher), and redirects to /vi, /ja or /en.
// (2) The meetings list is prerendered; with filters in its query string it is rewritten to the
//     page that renders per request, keeping the address.
// (3) Early redirects for the staff area; never the security check (every page and action
//     checks the session itself). Staff pages render whole per request, so a redirect decided
//     inside a page reaches the browser only through JavaScript. Here, before rendering, a
//     browser without a session cookie gets a real HTTP redirect to the sign-in page instead.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { SESSION_COOKIE, sessionCookieOptions, shouldUseSecureCookie } from "./lib/auth/session-store";

const meetingsList = /^\/([a-z]{2})\/meetings$/;
const negotiateLanguage = createMiddleware(routing);

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/") {
    const response = negotiateLanguage(request);
    // The answer depends on these two headers; no shared cache may keep it for everyone.
    response.headers.set("vary", "accept-language, cookie");
    response.headers.set("cache-control", "private, no-store");
    return response;
  }
  const meetings = meetingsList.exec(pathname);
  if (meetings) {
    return search ? NextResponse.rewrite(new URL(`/${meetings[1]}/meetings-filtered${search}`, request.url)) : NextResponse.next();
  }

  // Server actions answer for themselves (they return "Your session has ended").
  if ((request.method !== "GET" && request.method !== "HEAD") || request.headers.has("next-action")) return NextResponse.next();
  if (pathname === "/admin/sign-in" || pathname.startsWith("/admin/sign-in/")) return NextResponse.next();

  const token = request.cookies.get(SESSION_COOKIE)?.value;
  if (!token) {
    const url = new URL("/admin/sign-in", request.url);
    url.searchParams.set("next", pathname + search);
    return NextResponse.redirect(url, 307);
  }
  // The cookie lives as long as the session may stay idle, renewed on each page, so after
  // 30 idle minutes the browser has dropped it and lands here, rather than on a page whose
  // own redirect would need JavaScript. The session table stays the authority.
  const response = NextResponse.next();
  const secure = shouldUseSecureCookie({ proto: request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", ""), host: request.headers.get("host") });
  response.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(secure));
  return response;
}

export const config = { matcher: ["/", "/admin", "/admin/:path*", "/:locale/meetings"] };
