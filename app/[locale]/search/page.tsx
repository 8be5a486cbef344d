import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchField } from "@/components/search/search-field";
import { SearchResults } from "@/components/search/search-results";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { listPlaceSlugs } from "@/lib/data/places";
import { searchPublished } from "@/lib/data/search";
import { pageMetadata } from "@/lib/i18n/alternates";
import { localeFrom } from "@/lib/i18n/params";
import { parseSearchPage, searchLimits } from "@/lib/schemas/search";

// The query comes from the address, so the page renders per request (whole: streamed parts
// need JavaScript to appear), from cached reads: a repeated search runs no SQL.
export const instant = false;

const perKind = 10;

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const [t, { q, query }] = await Promise.all([getTranslations("search"), searchParams.then((p) => parseSearchPage(p, locale, perKind))]);
  const path = query ? `/search?${new URLSearchParams({ q })}` : "/search";
  return pageMetadata(locale, path, {
    title: query ? t("titleFor", { q }) : t("title"),
    description: t("description"),
    robots: { index: false, follow: true },
  });
}

export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const locale = await localeFrom(params);
  const { q, query, problem } = parseSearchPage(await searchParams, locale, perKind);
  const [t, groups, provinces, partners] = await Promise.all([
    getTranslations("search"),
    query ? searchPublished(query) : [],
    listPlaceSlugs("VN"),
    listPlaceSlugs("JP"),
  ]);
  const count = groups.reduce((sum, g) => sum + g.hits.length, 0);
  return (
    <>
      <LanguageSwitcher path={query ? `/search?${new URLSearchParams({ q })}` : "/search"} />
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <SearchField look="page" query={q} />
      <p role="status" className="mt-6 text-slate-800">
        {problem ? t(`problem.${problem}`, { max: searchLimits.queryLength }) : count === 0 ? t("none", { q }) : t("count", { count, q })}
      </p>
      {count === 0 && query ? <p className="mt-2 text-sm text-slate-600">{t("noneHelp")}</p> : null}
      <SearchResults groups={groups} profiles={{ provinces: new Set(provinces), partners: new Set(partners) }} />
    </>
  );
}
