import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FigureTable } from "@/components/figures/figure-table";
import { ProfileMeetings } from "@/components/meetings/profile-meetings";
import { PlaceHeader } from "@/components/places/place-header";
import { RelationshipList } from "@/components/places/relationship-list";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { TranslationNotice } from "@/components/site/translation-notice";
import { Section } from "@/components/ui/section";
import { FigureDownloads } from "@/components/downloads/figure-downloads";
import { listMeetings } from "@/lib/data/meetings";
import { getPlaceProfile, listPlaceSlugs } from "@/lib/data/places";
import { getProfileFigures } from "@/lib/data/profile-figures";
import { pageMetadata } from "@/lib/i18n/alternates";
import { locales } from "@/lib/i18n/config";
import { localeFrom } from "@/lib/i18n/params";
import { t as inLanguage } from "@/lib/i18n/text";

export async function generateStaticParams() {
  const slugs = await listPlaceSlugs("JP");
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/partners/[slug]">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const { slug } = await params;
  const [t, profile] = await Promise.all([getTranslations("partner"), getPlaceProfile(slug, "JP")]);
  if (!profile) return {};
  const name = inLanguage(profile.name, locale);
  return pageMetadata(locale, `/partners/${slug}`, {
    title: name,
    description: t("description", { name }),
  });
}

export default async function PartnerPage({ params }: PageProps<"/[locale]/partners/[slug]">) {
  const locale = await localeFrom(params);
  const { slug } = await params;
  const profile = await getPlaceProfile(slug, "JP");
  if (!profile) notFound();
  const [t, figures, meetings] = await Promise.all([
    getTranslations("partner"),
    getProfileFigures(slug),
    listMeetings({ partner: slug }),
  ]);
  const series = [...figures.overview, ...figures.investment, ...figures.exchange];
  return (
    <>
      <LanguageSwitcher path={`/partners/${slug}`} />
      <TranslationNotice content={[profile, figures, meetings]} />
      <PlaceHeader profile={profile} />
      <Section id="relationships" title={t("relationships")}>
        <RelationshipList relationships={profile.relationships} show="vietnamese" />
      </Section>
      <Section id="figures" title={t("figures")}>
        <FigureTable
          series={series}
          caption={t("figuresCaption", { name: inLanguage(profile.name, locale) })}
        />
        <FigureDownloads places={[slug]} series={series} />
      </Section>
      <Section id="meetings" title={t("meetings")}>
        <ProfileMeetings
          meetings={meetings}
          filter={{ partner: slug }}
          name={inLanguage(profile.name, locale)}
        />
      </Section>
    </>
  );
}
