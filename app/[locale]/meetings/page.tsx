import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MeetingsView } from "@/components/meetings/meetings-view";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { TranslationNotice } from "@/components/site/translation-notice";
import { listMeetingFacets, listMeetings } from "@/lib/data/meetings";
import { pageMetadata, withMeetingsFeed } from "@/lib/i18n/alternates";
import { localeFrom } from "@/lib/i18n/params";

const path = "/meetings";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/meetings">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const [t, feed] = await Promise.all([getTranslations("meetings"), getTranslations("feed")]);
  return withMeetingsFeed(
    pageMetadata(locale, path, { title: t("title"), description: t("description") }),
    locale,
    feed("title"),
  );
}

// Every meeting, prerendered. The same address with filters in its query string is routed by
// lib/routing/reader-routes.ts to ../meetings-filtered/[filter], one static page per filter.
export default async function MeetingsPage({ params }: PageProps<"/[locale]/meetings">) {
  await localeFrom(params);
  const [facets, meetings] = await Promise.all([listMeetingFacets(), listMeetings()]);
  return (
    <>
      <LanguageSwitcher path={path} />
      <TranslationNotice content={meetings} />
      <MeetingsView facets={facets} filter={{}} meetings={meetings} />
    </>
  );
}
