// Two jobs before rendering. (1) The meetings list is prerendered; with filters in its query
// string it is rewritten to the page that renders per request, keeping the address.
// (2) Early redirects for the staff area; never the security check (every page and action
// checks the session itself). Staff pages render whole per request, so a redirect decided
// inside a page reaches the browser only through JavaScript. Here, before rendering, a
// browser without a session cookie gets a real HTTP redirect to the sign-in page instead,
// and an address naming a record by an id that cannot exist gets a real 404.
import { NextResponse, type NextRequest } from "next/server";
import { sessionCookie, sessionCookieOptions } from "./lib/auth/session-cookie";
import { isMalformedRecordAddress } from "./lib/schemas/document";

const meetingsList = /^\/([a-z]{2})\/meetings$/;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const meetings = meetingsList.exec(pathname);
  if (meetings) {
    return search ? NextResponse.rewrite(new URL(`/${meetings[1]}/meetings-filtered${search}`, request.url)) : NextResponse.next();
  }

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
  const response = NextResponse.next();
  response.cookies.set(name, token, sessionCookieOptions());
  return response;
}

export const config = { matcher: ["/admin", "/admin/:path*", "/:locale/meetings"] };
