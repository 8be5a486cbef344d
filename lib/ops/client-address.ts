// Which address a request came from, for sign-in throttling and the audit log.
//
// Next gives a route or action no socket: it only fills in X-Forwarded-For with the socket's
// address when the request has none, and passes on whatever a client sends. So the portal's
// own server (lib/server/web-server.ts) works the address out where the socket is still at hand, and
// hands it to the application in CLIENT_ADDRESS_HEADER, overwriting any copy a client sent.
// X-Forwarded-For is believed only from the proxies listed in PORTAL_TRUSTED_PROXIES (none by
// default), walking it from the nearest hop back to the first address that is not a trusted
// proxy (proxy-addr, the library Express uses for the same job).
import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";

/**
 * PORTAL_TRUSTED_PROXIES: addresses or ranges separated by commas ("10.0.0.5, 10.1.0.0/16",
 * or proxy-addr's names "loopback", "linklocal", "uniquelocal"). Empty: trust none.
 * Throws on an entry that is not an address, so a typo stops the server at start.
 */
export function trustedProxies(list = process.env.PORTAL_TRUSTED_PROXIES ?? "") {
  const entries = list
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyAddr.compile(entries);
  } catch (error) {
    throw new Error(
      `PORTAL_TRUSTED_PROXIES: ${(error as Error).message}. List addresses or ranges separated by commas, e.g. "127.0.0.1, 10.0.0.0/8".`,
    );
  }
}

export type Trust = ReturnType<typeof trustedProxies>;

/** The client's address: the socket's, or what trusted proxies say they received it from. */
export function clientAddress(
  request: Pick<IncomingMessage, "socket" | "headers">,
  trust: Trust,
): string {
  // An IPv4 client reached over an IPv6 socket shows as ::ffff:a.b.c.d.
  return proxyAddr(request as IncomingMessage, trust).replace(
    /^::ffff:(\d+\.\d+\.\d+\.\d+)$/,
    "$1",
  );
}

/** Sets CLIENT_ADDRESS_HEADER on an incoming request, replacing any value the client sent. */
export function stampClientAddress(request: IncomingMessage, trust: Trust) {
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request, trust);
}
