import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FigureTable } from "@/components/figures/figure-table";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { listPlacesWithFigures, type PlaceSummary } from "@/lib/data/places";
import { getFigureHistory } from "@/lib/data/profile-figures";
import { pageMetadata } from "@/lib/i18n/alternates";
import { locales } from "@/lib/i18n/config";
import { localeFrom } from "@/lib/i18n/params";
import { t as inLanguage } from "@/lib/i18n/text";

// Every reading of every figure about one place. Profiles and the investment page show each
// figure's latest reading and link its history here, so that they stay light.
export async function generateStaticParams() {
  const slugs = await listPlacesWithFigures();
  return locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

/** The page whose figures link here. */
function profilePath(place: PlaceSummary): string | null {
  if (place.kind === "PROVINCE") return `/provinces/${place.slug}`;
  if (place.country === "JP" && place.kind !== "COUNTRY") return `/partners/${place.slug}`;
  return null;
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/figures/[slug]">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const { slug } = await params;
  const [t, history] = await Promise.all([
    getTranslations("figureHistory"),
    getFigureHistory(slug),
  ]);
  if (!history) return {};
  const name = inLanguage(history.place.name, locale);
  return pageMetadata(locale, `/figures/${slug}`, {
    title: t("title", { name }),
    description: t("description", { name }),
  });
}

export default async function FigureHistoryPage({ params }: PageProps<"/[locale]/figures/[slug]">) {
  const locale = await localeFrom(params);
  const { slug } = await params;
  const history = await getFigureHistory(slug);
  if (!history) notFound();
  const t = await getTranslations();
  const name = inLanguage(history.place.name, locale);
  const back = profilePath(history.place);
  return (
    <>
      <LanguageSwitcher path={`/figures/${slug}`} />
      <p className="text-sm">
        <Link href={`/${locale}${back ?? "/investment"}`}>
          {back ? t("figureHistory.back", { name }) : t("investment.title")}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold tracking-tight">
        {t("figureHistory.title", { name })}
      </h1>
      <p className="mt-3 max-w-3xl text-slate-700">{t("figureHistory.intro")}</p>
      <div className="mt-6">
        <FigureTable
          series={history.series}
          caption={t("figureHistory.title", { name })}
          fullHistory
        />
      </div>
    </>
  );
}
