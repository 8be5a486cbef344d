import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchField } from "@/components/search/search-field";
import { SearchResults } from "@/components/search/search-results";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { listPlaceSlugs } from "@/lib/data/places";
import { searchPublished } from "@/lib/data/search";
import { pageMetadata } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/config";
import { parseSearchPage, searchLimits } from "@/lib/schemas/search";

type SearchParams = Record<string, string | string[] | undefined>;

const perKind = 10;

/** The search page's title names the query; no search page is indexed. */
export async function searchMetadata(locale: Locale, params: SearchParams): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "search" });
  const { q, query } = parseSearchPage(params, locale, perKind);
  return pageMetadata(locale, query ? `/search?${new URLSearchParams({ q })}` : "/search", {
    title: query ? t("titleFor", { q }) : t("title"),
    description: t("description"),
    robots: { index: false, follow: true },
  });
}

/** The search form and what it found for the query in `params` (from cached reads: a repeated search runs no SQL). */
export async function SearchPageBody({ locale, params }: { locale: Locale; params: SearchParams }) {
  const { q, query, problem } = parseSearchPage(params, locale, perKind);
  const [t, groups, provinces, partners] = await Promise.all([
    getTranslations({ locale, namespace: "search" }),
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
        {problem
          ? t(`problem.${problem}`, { max: searchLimits.queryLength })
          : count === 0
            ? t("none", { q })
            : t("count", { count, q })}
      </p>
      {count === 0 && query ? <p className="mt-2 text-sm text-slate-600">{t("noneHelp")}</p> : null}
      <SearchResults
        groups={groups}
        profiles={{ provinces: new Set(provinces), partners: new Set(partners) }}
      />
    </>
  );
}
