import type { Metadata } from "next";
import { MeetingsView } from "@/components/meetings/meetings-view";
import { listMeetingFacets, listMeetings } from "@/lib/data/meetings";
import { localeFrom } from "@/lib/i18n/params";
import { parseMeetingFilter } from "@/lib/schemas/meeting-filter";

// /[locale]/meetings?province=… lands here (rewritten by proxy.ts; the address stays).
// The filters come from the query string, so this renders per request, from cached reads,
// and whole rather than streamed: streamed parts need JavaScript to appear.
export const instant = false;

export const metadata: Metadata = {
  title: "Meetings",
  description: "Meetings between Bac Ninh, Nghe An and their Japanese partners, filtered by province, partner, year and sector.",
  robots: { index: false, follow: true },
};

export default async function FilteredMeetingsPage({ params, searchParams }: PageProps<"/[locale]/meetings-filtered">) {
  const locale = await localeFrom(params);
  const filter = parseMeetingFilter(await searchParams);
  const [facets, meetings] = await Promise.all([listMeetingFacets(), listMeetings(filter)]);
  return <MeetingsView facets={facets} filter={filter} meetings={meetings} locale={locale} />;
}
