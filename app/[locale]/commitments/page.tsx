import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CommitmentFilterForm } from "@/components/commitments/commitment-filter-form";
import { CommitmentList } from "@/components/commitments/commitment-list";
import { CommitmentSummary } from "@/components/commitments/commitment-summary";
import { DownloadLinks } from "@/components/downloads/download-links";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { IgnoredParams } from "@/components/ui/ignored-params";
import { listPublishedCommitments } from "@/lib/data/commitments";
import { listMeetingFacets } from "@/lib/data/meetings";
import { pageMetadata } from "@/lib/i18n/alternates";
import { localeFrom } from "@/lib/i18n/params";
import { CommitmentFilter } from "@/lib/schemas/commitments";
import { filterQuery, parseFilters } from "@/lib/schemas/lenient";

// Filters come from the query string, so this renders per request (whole: streamed parts need
// JavaScript to appear), from two cached reads.
export const instant = false;

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/commitments">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const [t, { filter }] = await Promise.all([getTranslations("commitments"), searchParams.then((p) => parseFilters(CommitmentFilter, p))]);
  const query = filterQuery(filter);
  return pageMetadata(locale, `/commitments${query}`, {
    title: t("title"),
    description: t("description"),
    ...(query ? { robots: { index: false, follow: true } } : {}),
  });
}

export default async function CommitmentsPage({ params, searchParams }: PageProps<"/[locale]/commitments">) {
  await localeFrom(params);
  const { filter, ignored } = parseFilters(CommitmentFilter, await searchParams);
  const [t, facets, records] = await Promise.all([getTranslations("commitments"), listMeetingFacets(), listPublishedCommitments(filter)]);
  return (
    <>
      <LanguageSwitcher path={`/commitments${filterQuery(filter)}`} />
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <p className="mt-3 mb-6 max-w-3xl text-slate-700">{t("intro")}</p>
      <CommitmentFilterForm facets={facets} filter={filter} />
      <IgnoredParams names={ignored} />
      <CommitmentSummary records={records} />
      <DownloadLinks table="commitments" filter={filter} />
      {records.length === 0 ? <p className="mt-4 text-sm text-slate-700">{t("none")}</p> : <CommitmentList records={records} />}
    </>
  );
}
