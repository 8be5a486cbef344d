import type { Metadata } from "next";
import { CommitmentsBody, commitmentsMetadata } from "@/components/commitments/commitments-body";
import { localeFrom } from "@/lib/i18n/params";
import { bareChoicePages, choiceFrom } from "@/lib/routing/choice-pages";
import { CommitmentFilter } from "@/lib/schemas/commitments";
import { parseFilters } from "@/lib/schemas/lenient";

// /[locale]/commitments, bare or with a clean filter, lands here, routed by
// lib/routing/reader-routes.ts (the address stays): a static page per filter. The bare list is
// prerendered; a filter is rendered on its first request, whole, then served from the cache until a
// publish expires it.
export const ensureStatic = "navigation";
export const generateStaticParams = bareChoicePages;

type Props = PageProps<"/[locale]/commitments-filtered/[filter]">;
const filterFrom = async (params: Props["params"]) =>
  parseFilters(CommitmentFilter, await choiceFrom("commitments", params)).filter;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, filter] = await Promise.all([localeFrom(params), filterFrom(params)]);
  return commitmentsMetadata(locale, filter);
}

export default async function FilteredCommitmentsPage({ params }: Props) {
  const [locale, filter] = await Promise.all([localeFrom(params), filterFrom(params)]);
  return <CommitmentsBody locale={locale} filter={filter} />;
}
