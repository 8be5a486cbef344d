import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FigureTable } from "@/components/figures/figure-table";
import { MeetingList } from "@/components/meetings/meeting-list";
import { BoundaryHistory } from "@/components/places/boundary-history";
import { InvestmentPriorities } from "@/components/places/investment-priorities";
import { PlaceHeader } from "@/components/places/place-header";
import { RelationshipList } from "@/components/places/relationship-list";
import { Section } from "@/components/ui/section";
import { listMeetings } from "@/lib/data/meetings";
import { getPlaceProfile, listPlaceSlugs } from "@/lib/data/places";
import { getProfileFigures } from "@/lib/data/profile-figures";
import { publishedLocales } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { localeFrom } from "@/lib/i18n/params";
import { t } from "@/lib/i18n/text";

export async function generateStaticParams() {
  const slugs = await listPlaceSlugs("VN");
  return publishedLocales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/provinces/[slug]">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const profile = await getPlaceProfile((await params).slug, "VN");
  if (!profile) return {};
  const name = t(profile.name, locale);
  return {
    title: `${name} province`,
    description: `${name}: its Japanese partners and the state of each relationship, meetings, Japanese investment with sources, and boundary history.`,
  };
}

export default async function ProvincePage({ params }: PageProps<"/[locale]/provinces/[slug]">) {
  const locale = await localeFrom(params);
  const { slug } = await params;
  const profile = await getPlaceProfile(slug, "VN");
  if (!profile) notFound();
  const [figures, meetings] = await Promise.all([getProfileFigures(slug), listMeetings({ province: slug })]);
  const m = getMessages(locale);
  return (
    <>
      <PlaceHeader profile={profile} locale={locale} />
      <nav aria-label="On this page" className="mt-4 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li><a href="#overview">Overview</a></li>
          <li><a href="#partners">Japanese partners</a></li>
          <li><a href="#investment">Investment</a></li>
          <li><a href="#trade">{m.profile.trade}</a></li>
          <li><a href="#seeks">Seeks investment in</a></li>
          <li><a href="#meetings">Meetings</a></li>
          <li><a href="#boundaries">Boundary history</a></li>
        </ul>
      </nav>
      <Section id="overview" title="Overview figures" intro="Each figure is the latest found, with its date and source; open the history for earlier values.">
        <FigureTable series={figures.overview} locale={locale} caption={`Overview figures for ${t(profile.name, locale)}`} />
      </Section>
      <Section id="partners" title="Japanese partners">
        <RelationshipList relationships={profile.relationships} locale={locale} show="japanese" />
      </Section>
      <Section id="investment" title="Investment and aid from Japan and the world" intro="Cumulative figures are as of a date; flows are for the period shown. Figures describe the territory named under each measure.">
        <FigureTable series={figures.investment} locale={locale} caption={`Investment figures for ${t(profile.name, locale)}`} />
      </Section>
      <Section id="trade" title={m.profile.trade} intro={m.profile.tradeIntro}>
        <FigureTable series={figures.exchange} locale={locale} caption={`Trade and labour figures for ${t(profile.name, locale)}`} />
      </Section>
      <Section id="seeks" title="Seeks investment in" intro={m.profile.seeksIntro}>
        <InvestmentPriorities priorities={profile.priorities} locale={locale} />
      </Section>
      <Section id="meetings" title="Meetings">
        <MeetingList meetings={meetings} locale={locale} />
      </Section>
      <Section id="boundaries" title="Boundary history" intro="Figures stay attached to the territory they described, so a 2023 figure keeps describing the province as it was in 2023.">
        <BoundaryHistory profile={profile} locale={locale} />
      </Section>
    </>
  );
}
