import type { Metadata } from "next";
import { MeetingFilterForm } from "@/components/meetings/meeting-filter-form";
import { MeetingList } from "@/components/meetings/meeting-list";
import { listMeetingFacets, listMeetings } from "@/lib/data/meetings";
import type { Locale } from "@/lib/i18n/config";
import { localeFrom } from "@/lib/i18n/params";
import { parseMeetingFilter } from "@/lib/schemas/meeting-filter";

// The filters come from the query string, so this page renders per request (from cached
// reads). Rendered whole rather than streamed: streamed parts need JavaScript to appear.
export const instant = false;

export const metadata: Metadata = {
  title: "Meetings",
  description: "Visits, conferences, forums and signings between Bac Ninh, Nghe An and their Japanese partners, filterable by province, partner, year and sector.",
};

async function FilteredMeetings({ locale, searchParams }: { locale: Locale; searchParams: PageProps<"/[locale]/meetings">["searchParams"] }) {
  const filter = parseMeetingFilter(await searchParams);
  const [facets, meetings] = await Promise.all([listMeetingFacets(), listMeetings(filter)]);
  return (
    <>
      <MeetingFilterForm facets={facets} filter={filter} locale={locale} />
      <p className="my-4 text-sm text-slate-700" role="status">
        {meetings.length} {meetings.length === 1 ? "meeting" : "meetings"}
      </p>
      <MeetingList meetings={meetings} locale={locale} />
    </>
  );
}

export default async function MeetingsPage({ params, searchParams }: PageProps<"/[locale]/meetings">) {
  const locale = await localeFrom(params);
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">Meetings</h1>
      <FilteredMeetings locale={locale} searchParams={searchParams} />
    </>
  );
}
