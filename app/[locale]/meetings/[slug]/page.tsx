import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SourceList } from "@/components/figures/source-citation";
import { Localized } from "@/components/ui/localized";
import { PartialDate } from "@/components/ui/partial-date";
import { Badge, Card, Section } from "@/components/ui/section";
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

const commitmentTone = { PROPOSED: "amber", AGREED: "green", PLEDGED: "blue" } as const;

export default async function MeetingPage({ params }: PageProps<"/[locale]/meetings/[slug]">) {
  const locale = await localeFrom(params);
  const meeting = await getMeetingBySlug((await params).slug);
  if (!meeting) notFound();
  const m = getMessages(locale);
  const sides = (["VIETNAM", "JAPAN", "OTHER"] as const)
    .map((side) => ({ side, people: meeting.participants.filter((p) => p.side === side) }))
    .filter((group) => group.people.length > 0);
  return (
    <article>
      <p className="text-sm"><Link href={`/${locale}/meetings`}>← All meetings</Link></p>
      <p className="mt-4 text-sm font-medium uppercase tracking-wide text-brand-700">
        {m.meetingKind[meeting.kind]} · <PartialDate date={meeting.startsOn} end={meeting.endsOn} precision={meeting.datePrecision} />
        {meeting.venue ? <> · <Localized text={meeting.venue} locale={locale} /></> : null}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight"><Localized text={meeting.title} locale={locale} /></h1>
      {meeting.dateNote ? (
        <p className="mt-2 text-sm text-amber-900">About the date: <Localized text={meeting.dateNote} locale={locale} /></p>
      ) : null}
      <p className="mt-4 max-w-3xl text-slate-800"><Localized text={meeting.summary} locale={locale} /></p>
      <p className="mt-3 flex flex-wrap gap-2 text-sm">
        {meeting.places.map((place) => (
          <Link key={place.slug} href={`/${locale}/${place.country === "VN" ? "provinces" : "partners"}/${place.slug}`}>
            <Localized text={place.name} locale={locale} />
          </Link>
        ))}
      </p>

      <Section id="participants" title="Participants">
        {sides.length === 0 ? <p className="text-sm text-slate-600">Participants not named in the sources.</p> : (
          <div className="grid gap-4 md:grid-cols-2">
            {sides.map(({ side, people }) => (
              <Card key={side}>
                <h3 className="font-semibold">{m.side[side]}</h3>
                <ul className="mt-2 space-y-2 text-sm">
                  {people.map((p, i) => (
                    <li key={i}>
                      <span className="font-medium"><Localized text={p.name} locale={locale} /></span>
                      {p.title || p.organisation ? (
                        <span className="block text-slate-600">
                          {p.title ? <Localized text={p.title} locale={locale} /> : null}
                          {p.title && p.organisation ? ", " : null}
                          {p.organisation ? <Localized text={p.organisation} locale={locale} /> : null}
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </Card>
            ))}
          </div>
        )}
      </Section>

      <Section id="sectors" title="Sectors discussed">
        {meeting.sectors.length === 0 ? <p className="text-sm text-slate-600">Not stated.</p> : (
          <p className="flex flex-wrap gap-2">{meeting.sectors.map((s) => <Badge key={s.slug}><Localized text={s.name} locale={locale} /></Badge>)}</p>
        )}
      </Section>

      <Section id="outcomes" title="Outcomes">
        {meeting.outcomes.length === 0 ? <p className="text-sm text-slate-600">No outcome reported.</p> : (
          <ul className="space-y-3">
            {meeting.outcomes.map((o, i) => (
              <li key={i} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
                <p className="flex flex-wrap gap-2">
                  <Badge tone={commitmentTone[o.commitment]}>{m.commitment[o.commitment]}</Badge>
                  <Badge>{m.followUp[o.followUp]}</Badge>
                </p>
                <p className="mt-2"><Localized text={o.description} locale={locale} /></p>
                {o.followUpNote ? <p className="mt-1 text-slate-600">Follow-up: <Localized text={o.followUpNote} locale={locale} /></p> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="sources" title="Sources">
        <SourceList sources={meeting.sources} locale={locale} />
      </Section>
    </article>
  );
}
