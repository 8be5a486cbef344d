import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FigureTable } from "@/components/figures/figure-table";
import { MeetingList } from "@/components/meetings/meeting-list";
import { PlaceHeader } from "@/components/places/place-header";
import { RelationshipList } from "@/components/places/relationship-list";
import { Section } from "@/components/ui/section";
import { listMeetings } from "@/lib/data/meetings";
import { getPlaceProfile, listPlaceSlugs } from "@/lib/data/places";
import { getProfileFigures } from "@/lib/data/profile-figures";
import { publishedLocales } from "@/lib/i18n/config";
import { localeFrom } from "@/lib/i18n/params";
import { t } from "@/lib/i18n/text";

export async function generateStaticParams() {
  const slugs = await listPlaceSlugs("JP");
  return publishedLocales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/partners/[slug]">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const profile = await getPlaceProfile((await params).slug, "JP");
  if (!profile) return {};
  const name = t(profile.name, locale);
  return { title: name, description: `${name} and its relationships with Bac Ninh and Nghe An: state, dates, meetings and sources.` };
}

export default async function PartnerPage({ params }: PageProps<"/[locale]/partners/[slug]">) {
  const locale = await localeFrom(params);
  const { slug } = await params;
  const profile = await getPlaceProfile(slug, "JP");
  if (!profile) notFound();
  const [figures, meetings] = await Promise.all([getProfileFigures(slug), listMeetings({ partner: slug })]);
  return (
    <>
      <PlaceHeader profile={profile} locale={locale} />
      <Section id="relationships" title="Relationships in Vietnam">
        <RelationshipList relationships={profile.relationships} locale={locale} show="vietnamese" />
      </Section>
      <Section id="figures" title="Key figures">
        <FigureTable series={[...figures.overview, ...figures.investment, ...figures.exchange]} locale={locale} caption={`Figures for ${t(profile.name, locale)}`} />
      </Section>
      <Section id="meetings" title="Meetings">
        <MeetingList meetings={meetings} locale={locale} />
      </Section>
    </>
  );
}
