import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommitmentsBody, commitmentsMetadata } from "@/components/commitments/commitments-body";
import { locales } from "@/lib/i18n/config";
import { localeFrom } from "@/lib/i18n/params";
import { choiceFromSegment } from "@/lib/routing/choice-pages";
import { emptyChoice } from "@/lib/schemas/choice-segment";
import { CommitmentFilter } from "@/lib/schemas/commitments";
import { parseFilters } from "@/lib/schemas/lenient";
import { queryObject } from "@/lib/schemas/query-string";

// /[locale]/commitments, bare or with a clean filter, lands here, rewritten by proxy.ts (the
// address stays): a static page per filter. The bare list is prerendered; a filter is rendered
// on its first request, whole, then served from the cache until a publish expires it.
export const ensureStatic = "navigation";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale, filter: emptyChoice }));
}

async function filterFrom(params: PageProps<"/[locale]/commitments-filtered/[filter]">["params"]) {
  const choice = choiceFromSegment("commitments", (await params).filter);
  if (!choice) notFound();
  return parseFilters(CommitmentFilter, queryObject(choice)).filter;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/commitments-filtered/[filter]">): Promise<Metadata> {
  const [locale, filter] = await Promise.all([localeFrom(params), filterFrom(params)]);
  return commitmentsMetadata(locale, filter);
}

export default async function FilteredCommitmentsPage({ params }: PageProps<"/[locale]/commitments-filtered/[filter]">) {
  const [locale, filter] = await Promise.all([localeFrom(params), filterFrom(params)]);
  return <CommitmentsBody locale={locale} filter={filter} />;
}
