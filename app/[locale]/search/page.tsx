import type { Metadata } from "next";
import { SearchPageBody, searchMetadata } from "@/components/search/search-page-body";
import { localeFrom } from "@/lib/i18n/params";

// Every search that can run, and the bare page, is served by ../search-filtered/[filter]
// (lib/routing/reader-routes.ts routes it there: one cached page per query). What reaches this page
// is a query too short or too long: it renders per request (whole: streamed parts need JavaScript
// to appear) and says so.
export const instant = false;

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<"/[locale]/search">): Promise<Metadata> {
  const [locale, search] = await Promise.all([localeFrom(params), searchParams]);
  return searchMetadata(locale, search);
}

export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const [locale, search] = await Promise.all([localeFrom(params), searchParams]);
  return <SearchPageBody locale={locale} params={search} />;
}
