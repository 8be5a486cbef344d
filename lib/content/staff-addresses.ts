// Staff pages render whole per request inside a streamed layout, so a page that finds its
// record missing has already sent 200 by the time it calls notFound(). proxy.ts asks this
// before rendering instead, so a record's address that names nothing answers 404.
import "server-only";
import { db } from "../db";
import { routeId } from "../schemas/common";
import { contentAreas, isAreaKey } from "./areas";
import { findWorkingCopy } from "./working-copies";

const recordAddress = /^\/admin\/([^/]+)\/([^/]+)$/;

/** True for /admin/{area}/{id} when no working copy of that area has the id. */
export async function isMissingStaffRecord(pathname: string): Promise<boolean> {
  const match = recordAddress.exec(pathname);
  if (!match || !isAreaKey(match[1])) return false;
  const id = routeId(match[2]);
  if (id === null) return false; // "new", "delete", or malformed (isMalformedRecordAddress answers those)
  return (await findWorkingCopy(db, contentAreas[match[1]].adapter, id)) === null;
}
