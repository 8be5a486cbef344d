// What the auth code needs to know about the current request, read from next/headers.
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "../ops/client-address";

/**
 * The client address for throttling and the audit log, as the portal's server found it
 * (lib/server/web-server.ts, lib/ops/client-address.ts). Served some other way (`next dev`, plain `next start`) the
 * header is missing and every client counts as "unknown": never a header a client wrote.
 */
export async function requestInfo() {
  const h = await headers();
  return { ip: (h.get(CLIENT_ADDRESS_HEADER) ?? "unknown").slice(0, 64) };
}
