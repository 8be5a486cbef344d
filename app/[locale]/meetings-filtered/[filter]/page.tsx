import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingsView } from "@/components/meetings/meetings-view";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { TranslationNotice } from "@/components/site/translation-notice";
import { listMeetingFacets, listMeetings } from "@/lib/data/meetings";
import { pageMetadata, withMeetingsFeed } from "@/lib/i18n/alternates";
import { locales } from "@/lib/i18n/config";
import { localeFrom } from "@/lib/i18n/params";
import {
  meetingFilterQuery,
  meetingFilterSegment,
  parseMeetingFilterSegment,
  type MeetingFilter,
} from "@/lib/schemas/meeting-filter";

// /[locale]/meetings?province=… lands here, routed by lib/routing/reader-routes.ts to one canonical
// segment per filter (the address stays). A static page per filter: every single value is
// prerendered; a combination is rendered on its first request, whole (never a streamed shell, which
// would need JavaScript), and then served from the cache like the others, until a publish touching
// meetings or places expires it.
export const ensureStatic = "navigation";

export async function generateStaticParams() {
  const facets = await listMeetingFacets();
  const filters: MeetingFilter[] = [
    ...facets.provinces.map((p) => ({ province: p.slug })),
    ...facets.partners.map((p) => ({ partner: p.slug })),
    ...facets.sectors.map((s) => ({ sector: s.slug })),
    ...facets.years.map((year) => ({ year })),
  ];
  return locales.flatMap((locale) =>
    filters.map((filter) => ({ locale, filter: meetingFilterSegment(filter) })),
  );
}

async function filterFrom(params: PageProps<"/[locale]/meetings-filtered/[filter]">["params"]) {
  const filter = parseMeetingFilterSegment((await params).filter);
  if (!filter) notFound();
  return filter;
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/meetings-filtered/[filter]">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const [t, feed, filter] = await Promise.all([
    getTranslations("meetings"),
    getTranslations("feed"),
    filterFrom(params),
  ]);
  const metadata = pageMetadata(locale, `/meetings${meetingFilterQuery(filter)}`, {
    title: t("title"),
    description: t("filteredDescription"),
    robots: { index: false, follow: true },
  });
  return withMeetingsFeed(metadata, locale, feed("title"));
}

export default async function FilteredMeetingsPage({
  params,
}: PageProps<"/[locale]/meetings-filtered/[filter]">) {
  await localeFrom(params);
  const filter = await filterFrom(params);
  const [facets, meetings] = await Promise.all([listMeetingFacets(), listMeetings(filter)]);
  return (
    <>
      {/* The same filters in another language, in their canonical order. */}
      <LanguageSwitcher path={`/meetings${meetingFilterQuery(filter)}`} />
      <TranslationNotice content={meetings} />
      <MeetingsView facets={facets} filter={filter} meetings={meetings} />
    </>
  );
}
