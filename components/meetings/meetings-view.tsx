import type { MeetingCard } from "@/lib/data/meetings";
import type { Locale } from "@/lib/i18n/config";
import type { MeetingFilter } from "@/lib/schemas/meeting-filter";
import { MeetingFilterForm } from "./meeting-filter-form";
import { MeetingList } from "./meeting-list";

type Facets = Parameters<typeof MeetingFilterForm>[0]["facets"];

/** The meetings page: its filter form, how many meetings match, and the list. */
export function MeetingsView({ facets, filter, meetings, locale }: { facets: Facets; filter: MeetingFilter; meetings: MeetingCard[]; locale: Locale }) {
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">Meetings</h1>
      <MeetingFilterForm facets={facets} filter={filter} locale={locale} />
      <p className="my-4 text-sm text-slate-700" role="status">
        {meetings.length} {meetings.length === 1 ? "meeting" : "meetings"}
      </p>
      <MeetingList meetings={meetings} locale={locale} />
    </>
  );
}
