import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FigureTable } from "@/components/figures/figure-table";
import { ProfileMeetings } from "@/components/meetings/profile-meetings";
import { BoundaryHistory } from "@/components/places/boundary-history";
import { InvestmentPriorities } from "@/components/places/investment-priorities";
import { PageContents } from "@/components/places/page-contents";
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
  const slugs = await listPlaceSlugs("VN");
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/provinces/[slug]">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const { slug } = await params;
  const [t, profile] = await Promise.all([
    getTranslations("province"),
    getPlaceProfile(slug, "VN"),
  ]);
  if (!profile) return {};
  const name = inLanguage(profile.name, locale);
  return pageMetadata(locale, `/provinces/${slug}`, {
    title: t("title", { name }),
    description: t("description", { name }),
  });
}

export default async function ProvincePage({ params }: PageProps<"/[locale]/provinces/[slug]">) {
  const locale = await localeFrom(params);
  const { slug } = await params;
  const profile = await getPlaceProfile(slug, "VN");
  if (!profile) notFound();
  const [t, figures, meetings] = await Promise.all([
    getTranslations("province"),
    getProfileFigures(slug),
    listMeetings({ province: slug }),
  ]);
  const name = inLanguage(profile.name, locale);
  return (
    <>
      <LanguageSwitcher path={`/provinces/${slug}`} />
      <TranslationNotice content={[profile, figures, meetings]} />
      <PlaceHeader profile={profile} />
      <PageContents />
      <Section id="overview" title={t("overview")} intro={t("overviewIntro")}>
        <FigureTable series={figures.overview} caption={t("overviewCaption", { name })} />
        <FigureDownloads places={[slug]} series={figures.overview} />
      </Section>
      <Section id="partners" title={t("partners")}>
        <RelationshipList relationships={profile.relationships} show="japanese" />
      </Section>
      <Section id="investment" title={t("investment")} intro={t("investmentIntro")}>
        <FigureTable series={figures.investment} caption={t("investmentCaption", { name })} />
        <FigureDownloads places={[slug]} series={figures.investment} />
      </Section>
      <Section id="trade" title={t("trade")} intro={t("tradeIntro")}>
        <FigureTable series={figures.exchange} caption={t("tradeCaption", { name })} />
        <FigureDownloads places={[slug]} series={figures.exchange} />
      </Section>
      <Section id="seeks" title={t("seeks")} intro={t("seeksIntro")}>
        <InvestmentPriorities priorities={profile.priorities} />
      </Section>
      <Section id="meetings" title={t("meetings")}>
        <ProfileMeetings meetings={meetings} filter={{ province: slug }} name={name} />
      </Section>
      <Section id="boundaries" title={t("boundaries")} intro={t("boundariesIntro")}>
        <BoundaryHistory profile={profile} />
      </Section>
    </>
  );
}
