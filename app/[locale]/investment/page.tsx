import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CapitalComparison } from "@/components/figures/capital-comparison";
import { FigureTable } from "@/components/figures/figure-table";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { TranslationNotice } from "@/components/site/translation-notice";
import { Section } from "@/components/ui/section";
import { listFiguresForPlaces } from "@/lib/data/figures";
import { groupIntoSeries, measuresIn } from "@/lib/figures";
import { pageMetadata } from "@/lib/i18n/alternates";
import { localeFrom } from "@/lib/i18n/params";
import { japanCapitalBars } from "@/lib/investment";

const path = "/investment";
const measures = measuresIn("investment");
const provinces = ["bac-ninh", "nghe-an"];

export async function generateMetadata({ params }: PageProps<"/[locale]/investment">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations("investment");
  return pageMetadata(locale, path, { title: t("title"), description: t("description") });
}

export default async function InvestmentPage({ params }: PageProps<"/[locale]/investment">) {
  await localeFrom(params);
  const [t, figures, national] = await Promise.all([
    getTranslations("investment"),
    listFiguresForPlaces(provinces, measures),
    listFiguresForPlaces(["vietnam"], measures),
  ]);
  return (
    <>
      <LanguageSwitcher path={path} />
      <TranslationNotice content={[figures, national]} />
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl text-slate-700">{t("intro")}</p>

      <Section id="latest" title={t("latest")}>
        <CapitalComparison id="chart-latest" bars={japanCapitalBars(figures, provinces, true)} title={t("latestChart")} />
      </Section>

      <Section id="history" title={t("history")} intro={t("historyIntro")}>
        <CapitalComparison id="chart-history" bars={japanCapitalBars(figures, provinces, false)} title={t("historyChart")} />
      </Section>

      <Section id="all-figures" title={t("all")}>
        <FigureTable series={groupIntoSeries(figures)} caption={t("allCaption")} />
      </Section>

      <Section id="national" title={t("national")}>
        <FigureTable series={groupIntoSeries(national)} caption={t("nationalCaption")} />
      </Section>
    </>
  );
}
