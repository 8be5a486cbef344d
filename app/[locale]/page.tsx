import Link from "next/link";
import { FigureEntryView } from "@/components/figures/figure-reading";
import { MeetingList } from "@/components/meetings/meeting-list";
import { Localized } from "@/components/ui/localized";
import { Card, Section } from "@/components/ui/section";
import { getJapanFdiHeadlines } from "@/lib/data/headlines";
import { listMeetings } from "@/lib/data/meetings";
import { listProfilePlaces } from "@/lib/data/places";
import { getMessages } from "@/lib/i18n/messages";
import { localeFrom } from "@/lib/i18n/params";
import { EntryDate } from "@/components/figures/figure-reading";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await localeFrom(params);
  const m = getMessages(locale);
  const [provinces, partners, meetings] = await Promise.all([
    listProfilePlaces("VN"),
    listProfilePlaces("JP"),
    listMeetings({}, 5),
  ]);
  const headlines = await getJapanFdiHeadlines(provinces.map((p) => p.slug));
  return (
    <>
      <div className="rounded-xl bg-brand-800 px-6 py-10 text-white sm:px-10">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{m.site.name}</h1>
        <p className="mt-3 max-w-3xl text-brand-50">{m.site.tagline}</p>
      </div>

      <Section id="provinces" title="The two provinces">
        <div className="grid gap-4 md:grid-cols-2">
          {provinces.map((province) => {
            const headline = headlines.find((h) => h.slug === province.slug);
            return (
              <Card key={province.slug}>
                <h3 className="text-lg font-semibold">
                  <Link href={`/${locale}/provinces/${province.slug}`}>
                    <Localized text={province.name} locale={locale} />
                  </Link>
                </h3>
                {province.summary ? (
                  <p className="mt-1 text-sm text-slate-700">
                    <Localized text={province.summary} locale={locale} />
                  </p>
                ) : null}
                <h4 className="mt-4 text-sm font-semibold text-slate-800">Japanese investment (cumulative)</h4>
                {headline?.capital ? (
                  <div className="mt-1 text-sm">
                    <p className="text-xs text-slate-600">
                      <EntryDate entry={headline.capital} />
                    </p>
                    <FigureEntryView entry={headline.capital} locale={locale} />
                  </div>
                ) : (
                  <p className="mt-1 text-sm text-slate-600">No sourced figure yet.</p>
                )}
                {headline?.projects ? (
                  <div className="mt-2 text-sm">
                    <p className="text-xs text-slate-600">
                      <EntryDate entry={headline.projects} />
                    </p>
                    <FigureEntryView entry={headline.projects} locale={locale} />
                  </div>
                ) : null}
              </Card>
            );
          })}
        </div>
        <p className="mt-3 text-sm">
          <Link href={`/${locale}/investment`}>Compare Japanese investment in both provinces →</Link>
        </p>
      </Section>

      <Section id="partners" title="Japanese partners">
        <ul className="flex flex-wrap gap-2">
          {partners.map((partner) => (
            <li key={partner.slug}>
              <Link href={`/${locale}/partners/${partner.slug}`} className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-sm no-underline hover:border-brand-600">
                <Localized text={partner.name} locale={locale} />
              </Link>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="latest-meetings" title="Latest meetings">
        <MeetingList meetings={meetings} locale={locale} />
        <p className="mt-3 text-sm">
          <Link href={`/${locale}/meetings`}>All meetings →</Link>
        </p>
      </Section>
    </>
  );
}
