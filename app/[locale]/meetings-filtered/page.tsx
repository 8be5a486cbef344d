import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MeetingsView } from "@/components/meetings/meetings-view";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { TranslationNotice } from "@/components/site/translation-notice";
import { listMeetingFacets, listMeetings } from "@/lib/data/meetings";
import { pageMetadata } from "@/lib/i18n/alternates";
import { localeFrom } from "@/lib/i18n/params";
import { meetingFilterQuery, parseMeetingFilter } from "@/lib/schemas/meeting-filter";

// /[locale]/meetings?province=… lands here (rewritten by proxy.ts; the address stays).
// The filters come from the query string, so this renders per request, from cached reads,
// and whole rather than streamed: streamed parts need JavaScript to appear.
export const instant = false;

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/meetings-filtered">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const [t, filter] = await Promise.all([getTranslations("meetings"), searchParams.then(parseMeetingFilter)]);
  return pageMetadata(locale, `/meetings${meetingFilterQuery(filter)}`, {
    title: t("title"),
    description: t("filteredDescription"),
    robots: { index: false, follow: true },
  });
}

export default async function FilteredMeetingsPage({ params, searchParams }: PageProps<"/[locale]/meetings-filtered">) {
  await localeFrom(params);
  const filter = parseMeetingFilter(await searchParams);
  const [facets, meetings] = await Promise.all([listMeetingFacets(), listMeetings(filter)]);
  return (
    <>
      {/* The same filters in another language: only the validated ones, in a fixed order. */}
      <LanguageSwitcher path={`/meetings${meetingFilterQuery(filter)}`} />
      <TranslationNotice content={meetings} />
      <MeetingsView facets={facets} filter={filter} meetings={meetings} />
    </>
  );
}
