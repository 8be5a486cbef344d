import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SourceList } from "@/components/figures/source-citation";
import { MeetingDate } from "@/components/meetings/meeting-date";
import { MeetingSectors } from "@/components/meetings/meeting-sectors";
import { OutcomeGroups } from "@/components/meetings/outcome-groups";
import { ParticipantList } from "@/components/meetings/participant-list";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { TranslationNotice } from "@/components/site/translation-notice";
import { Localized, LocalizedParagraphs } from "@/components/ui/localized";
import { Section } from "@/components/ui/section";
import { getMeetingBySlug, listMeetingSlugs } from "@/lib/data/meetings";
import { pageMetadata } from "@/lib/i18n/alternates";
import { locales } from "@/lib/i18n/config";
import { localeFrom } from "@/lib/i18n/params";
import { markedText } from "@/lib/i18n/text";

export async function generateStaticParams() {
  const slugs = await listMeetingSlugs();
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/meetings/[slug]">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const { slug } = await params;
  const [site, meeting] = await Promise.all([getTranslations("site"), getMeetingBySlug(slug)]);
  if (!meeting) return {};
  const marker = site("englishOriginal");
  return pageMetadata(locale, `/meetings/${slug}`, {
    title: markedText(meeting.title, locale, marker),
    description: markedText(meeting.summary, locale, marker, 200),
  });
}

export default async function MeetingPage({ params }: PageProps<"/[locale]/meetings/[slug]">) {
  const locale = await localeFrom(params);
  const { slug } = await params;
  const meeting = await getMeetingBySlug(slug);
  if (!meeting) notFound();
  const t = await getTranslations();
  return (
    <article>
      <LanguageSwitcher path={`/meetings/${slug}`} />
      <TranslationNotice content={meeting} />
      <p className="text-sm">
        <Link href={`/${locale}/meetings`}>{t("meeting.back")}</Link>
      </p>
      <p className="mt-4 text-sm font-medium uppercase tracking-wide text-brand-700">
        {t(`meetingKind.${meeting.kind}`)} · <MeetingDate meeting={meeting} />
        {meeting.venue ? (
          <>
            {" "}
            · <Localized text={meeting.venue} />
          </>
        ) : null}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">
        <Localized text={meeting.title} />
      </h1>
      {meeting.dateNote ? (
        <p className="mt-2 text-sm text-amber-900">
          {t("meeting.aboutDate")} <Localized text={meeting.dateNote} />
        </p>
      ) : null}
      <LocalizedParagraphs text={meeting.summary} className="mt-4 max-w-3xl text-slate-800" />
      <p className="mt-3 flex flex-wrap gap-2 text-sm">
        {meeting.places.map((place) => (
          <Link
            key={place.slug}
            href={`/${locale}/${place.country === "VN" ? "provinces" : "partners"}/${place.slug}`}
          >
            <Localized text={place.name} />
          </Link>
        ))}
      </p>

      <Section id="participants" title={t("meeting.participants")}>
        <ParticipantList meeting={meeting} />
      </Section>

      <Section id="sectors" title={t("meeting.sectors")}>
        <MeetingSectors sectors={meeting.sectors} />
      </Section>

      <Section
        id="outcomes"
        title={t("meeting.outcomes")}
        intro={meeting.outcomes.length > 0 ? t("meeting.outcomesIntro") : undefined}
      >
        <OutcomeGroups outcomes={meeting.outcomes} />
      </Section>

      <Section id="sources" title={t("meeting.sources")}>
        <SourceList sources={meeting.sources} />
      </Section>
    </article>
  );
}
