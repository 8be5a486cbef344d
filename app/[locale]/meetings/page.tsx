import type { Metadata } from "next";
import { MeetingsView } from "@/components/meetings/meetings-view";
import { listMeetingFacets, listMeetings } from "@/lib/data/meetings";
import { localeFrom } from "@/lib/i18n/params";

export const metadata: Metadata = {
  title: "Meetings",
  description: "Visits, conferences, forums and signings between Bac Ninh, Nghe An and their Japanese partners, filterable by province, partner, year and sector.",
};

// Every meeting, prerendered. The same address with filters in its query string is
// rewritten by proxy.ts to ../meetings-filtered, which renders per request.
export default async function MeetingsPage({ params }: PageProps<"/[locale]/meetings">) {
  const locale = await localeFrom(params);
  const [facets, meetings] = await Promise.all([listMeetingFacets(), listMeetings()]);
  return <MeetingsView facets={facets} filter={{}} meetings={meetings} locale={locale} />;
}
