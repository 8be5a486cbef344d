import "server-only";
import { db } from "../db";

/** The public pages that show one record, by the first segment after the language. */
export type RecordPage = "provinces" | "partners" | "meetings";

/**
 * Whether the record a public address names exists: the same test as the page's own
 * notFound(). Uncached, because proxy.ts asks it only for addresses the build did not
 * prerender, before anything is sent.
 */
export async function publicRecordExists(page: RecordPage, slug: string): Promise<boolean> {
  if (page === "meetings") return (await db.meeting.count({ where: { slug } })) > 0;
  return (await db.place.count({ where: { slug, country: page === "provinces" ? "VN" : "JP" } })) > 0;
}
