import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CapitalComparison } from "@/components/figures/capital-comparison";
import { downloadHref } from "@/components/downloads/download-links";
import { FigureDownloads } from "@/components/downloads/figure-downloads";
import { FigureTable } from "@/components/figures/figure-table";
import { JsonLd } from "@/components/seo/json-ld";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { TranslationNotice } from "@/components/site/translation-notice";
import { Section } from "@/components/ui/section";
import { listFiguresForPlaces } from "@/lib/data/figures";
import { groupIntoSeries, measuresIn } from "@/lib/figures";
import { pageMetadata } from "@/lib/i18n/alternates";
import { localeFrom } from "@/lib/i18n/params";
import { t as inLanguage } from "@/lib/i18n/text";
import { japanCapitalBars } from "@/lib/investment";
import { datasetJsonLd, yearSpan } from "@/lib/seo/dataset";

const path = "/investment";
const measures = measuresIn("investment");
const provinces = ["bac-ninh", "nghe-an"];

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/investment">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations("investment");
  return pageMetadata(locale, path, { title: t("title"), description: t("description") });
}

export default async function InvestmentPage({ params }: PageProps<"/[locale]/investment">) {
  const locale = await localeFrom(params);
  const [t, explorer, site, figures, national] = await Promise.all([
    getTranslations("investment"),
    getTranslations("explorer"),
    getTranslations("site"),
    listFiguresForPlaces(provinces, measures),
    listFiguresForPlaces(["vietnam"], measures),
  ]);
  const series = groupIntoSeries(figures);
  const download = {
    place: provinces,
    measure: [...new Set(series.map((s) => s.measure))],
    counterpart: "any",
  };
  const placeNames = [
    ...new Map(figures.map((f) => [f.placeSlug, inLanguage(f.territory.name, locale)])).values(),
  ];
  return (
    <>
      <LanguageSwitcher path={path} />
      <TranslationNotice content={[figures, national]} />
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl text-slate-700">{t("intro")}</p>
      <p className="mt-3">
        <a href={`/${locale}/explorer`} className="font-medium">
          {explorer("link")}
        </a>
      </p>
      <JsonLd
        data={datasetJsonLd({
          name: t("title"),
          description: t("description"),
          path: `/${locale}${path}`,
          csv: downloadHref("figures", "csv", download, locale),
          json: downloadHref("figures", "json", download, locale),
          creator: site("name"),
          temporalCoverage: yearSpan(figures.map((f) => f.asOf.toISOString())),
          places: placeNames,
          language: locale,
        })}
      />

      <Section id="latest" title={t("latest")}>
        <CapitalComparison
          id="chart-latest"
          bars={japanCapitalBars(figures, provinces, true)}
          title={t("latestChart")}
        />
      </Section>

      <Section id="history" title={t("history")} intro={t("historyIntro")}>
        <CapitalComparison
          id="chart-history"
          bars={japanCapitalBars(figures, provinces, false)}
          title={t("historyChart")}
        />
      </Section>

      <Section id="all-figures" title={t("all")}>
        <FigureTable series={series} caption={t("allCaption")} />
        <FigureDownloads places={provinces} series={series} />
      </Section>

      <Section id="national" title={t("national")}>
        <FigureTable series={groupIntoSeries(national)} caption={t("nationalCaption")} />
        <FigureDownloads places={["vietnam"]} series={groupIntoSeries(national)} />
      </Section>
    </>
  );
}
