// What the auth code needs to know about the current request, read from next/headers.
import { headers } from "next/headers";

/**
 * The client address for throttling and the audit log. `next start` fills in
 * x-forwarded-for with the socket address when the request has none; a proxy in front
 * appends the address it saw, so the last entry is the one added nearest to us. Without a
 * proxy a client can invent the header: the per-account limit does not depend on it.
 */
export function clientIpFrom(forwardedFor: string | null | undefined, realIp?: string | null): string {
  const last = forwardedFor?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return (last ?? realIp ?? "unknown").slice(0, 64);
}

export async function requestInfo() {
  const h = await headers();
  return {
    ip: clientIpFrom(h.get("x-forwarded-for"), h.get("x-real-ip")),
    proto: h.get("x-forwarded-proto"),
    host: h.get("x-forwarded-host") ?? h.get("host"),
  };
}
