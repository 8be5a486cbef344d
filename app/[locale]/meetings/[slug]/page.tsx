import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SourceList } from "@/components/figures/source-citation";
import { MeetingDate } from "@/components/meetings/meeting-date";
import { MeetingSectors } from "@/components/meetings/meeting-sectors";
import { OutcomeGroups } from "@/components/meetings/outcome-groups";
import { ParticipantList } from "@/components/meetings/participant-list";
import { Localized, LocalizedParagraphs } from "@/components/ui/localized";
import { Section } from "@/components/ui/section";
import { getMeetingBySlug, listMeetingSlugs } from "@/lib/data/meetings";
import { publishedLocales } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { localeFrom } from "@/lib/i18n/params";
import { t } from "@/lib/i18n/text";

export async function generateStaticParams() {
  const slugs = await listMeetingSlugs();
  return publishedLocales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/meetings/[slug]">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const meeting = await getMeetingBySlug((await params).slug);
  if (!meeting) return {};
  return { title: t(meeting.title, locale), description: t(meeting.summary, locale).slice(0, 200) };
}

export default async function MeetingPage({ params }: PageProps<"/[locale]/meetings/[slug]">) {
  const locale = await localeFrom(params);
  const meeting = await getMeetingBySlug((await params).slug);
  if (!meeting) notFound();
  const m = getMessages(locale);
  return (
    <article>
      <p className="text-sm"><Link href={`/${locale}/meetings`}>← All meetings</Link></p>
      <p className="mt-4 text-sm font-medium uppercase tracking-wide text-brand-700">
        {m.meetingKind[meeting.kind]} · <MeetingDate meeting={meeting} locale={locale} />
        {meeting.venue ? <> · <Localized text={meeting.venue} locale={locale} /></> : null}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight"><Localized text={meeting.title} locale={locale} /></h1>
      {meeting.dateNote ? (
        <p className="mt-2 text-sm text-amber-900">About the date: <Localized text={meeting.dateNote} locale={locale} /></p>
      ) : null}
      <LocalizedParagraphs text={meeting.summary} locale={locale} className="mt-4 max-w-3xl text-slate-800" />
      <p className="mt-3 flex flex-wrap gap-2 text-sm">
        {meeting.places.map((place) => (
          <Link key={place.slug} href={`/${locale}/${place.country === "VN" ? "provinces" : "partners"}/${place.slug}`}>
            <Localized text={place.name} locale={locale} />
          </Link>
        ))}
      </p>

      <Section id="participants" title="Participants">
        <ParticipantList meeting={meeting} locale={locale} />
      </Section>

      <Section id="sectors" title={m.meeting.sectorsDiscussed}>
        <MeetingSectors sectors={meeting.sectors} locale={locale} />
      </Section>

      <Section id="outcomes" title="Outcomes" intro={meeting.outcomes.length > 0 ? m.meeting.outcomesIntro : undefined}>
        <OutcomeGroups outcomes={meeting.outcomes} locale={locale} />
      </Section>

      <Section id="sources" title="Sources">
        <SourceList sources={meeting.sources} locale={locale} />
      </Section>
    </article>
  );
}
