// The session cookie's name and flags, decided once from the portal's public address
// (PORTAL_PUBLIC_URL, as for links in the sitemap), never per request from headers a client
// or proxy could set.
//
// Served over https: "__Host-portal_session", Secure. The __Host- prefix makes the browser
// refuse the cookie unless it is Secure, for path / and without a Domain, so a sibling
// subdomain or a plain-http page cannot plant or overwrite a session.
// Served over plain http on this machine (localhost, 127.x, [::1]: `npm start` and the tests):
// the same cookie. Browsers count loopback as a secure context; Chromium 156 stores and sends
// __Host- Secure cookies from http://127.0.0.1 and http://localhost (checked here). Safari does
// not yet (WebKit bug 281149): sign in with another browser there, or serve https.
// Served over plain http under any other name: "portal_session" without Secure, since no
// browser keeps a Secure cookie there. Sessions then travel unencrypted: a warning is logged.
import { IDLE_TIMEOUT_MS } from "./session-store";

export const DEFAULT_PUBLIC_URL = "http://localhost:3000";

export interface SessionCookie {
  name: string;
  secure: boolean;
}

export function isLoopbackHost(host: string): boolean {
  const name = host.trim().toLowerCase().replace(/:\d+$/, "");
  return (
    name === "localhost" ||
    name.endsWith(".localhost") ||
    /^127\.\d+\.\d+\.\d+$/.test(name) ||
    name === "[::1]"
  );
}

/** The cookie for a portal served at `publicUrl`. */
export function sessionCookieFor(publicUrl: string): SessionCookie {
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new Error(
      `PORTAL_PUBLIC_URL must be the portal's full address, like https://portal.example.org (got "${publicUrl}")`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`PORTAL_PUBLIC_URL must start with https:// or http:// (got "${publicUrl}")`);
  const secure = url.protocol === "https:" || isLoopbackHost(url.host);
  return secure
    ? { name: "__Host-portal_session", secure: true }
    : { name: "portal_session", secure: false };
}

let decided: SessionCookie | undefined;

/** The cookie for this process, decided on first use. */
export function sessionCookie(): SessionCookie {
  if (!decided) {
    decided = sessionCookieFor(process.env.PORTAL_PUBLIC_URL ?? DEFAULT_PUBLIC_URL);
    if (!decided.secure)
      console.warn(
        "PORTAL_PUBLIC_URL is a plain http address: session cookies will travel unencrypted. Serve the portal over https.",
      );
  }
  return decided;
}

/**
 * The cookie lasts as long as the session may stay idle and is renewed as it is used
 * (proxy.ts on pages, authorize() in actions), so the browser drops it when the server
 * would refuse it anyway. The session row remains the authority, including the 12 hours.
 */
export function sessionCookieOptions(cookie: SessionCookie = sessionCookie()) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: cookie.secure,
    path: "/",
    maxAge: IDLE_TIMEOUT_MS / 1000,
  };
}
