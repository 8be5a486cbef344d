import type { Metadata } from "next";
import { SearchPageBody, searchMetadata } from "@/components/search/search-page-body";
import { localeFrom } from "@/lib/i18n/params";
import { bareChoicePages, choiceFrom } from "@/lib/routing/choice-pages";

// /[locale]/search?q=…, when the query can run, lands here, routed by lib/routing/reader-routes.ts
// (the address stays): a page per query, rendered on its first request, whole, then served from
// memory (its answers' cache life: hours) until it is pushed out or a publish expires it. The bare
// page is prerendered.
export const ensureStatic = "navigation";
export const generateStaticParams = bareChoicePages;

type Props = PageProps<"/[locale]/search-filtered/[filter]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, choice] = await Promise.all([localeFrom(params), choiceFrom("search", params)]);
  return searchMetadata(locale, choice);
}

export default async function FilteredSearchPage({ params }: Props) {
  const [locale, choice] = await Promise.all([localeFrom(params), choiceFrom("search", params)]);
  return <SearchPageBody locale={locale} params={choice} />;
}
