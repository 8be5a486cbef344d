import type { Metadata } from "next";
import { cacheLife, cacheTag } from "next/cache";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { CommitmentFilterForm } from "@/components/commitments/commitment-filter-form";
import { CommitmentList } from "@/components/commitments/commitment-list";
import { CommitmentSummary } from "@/components/commitments/commitment-summary";
import { DownloadLinks } from "@/components/downloads/download-links";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { tags } from "@/lib/cache-tags";
import { listPublishedCommitments } from "@/lib/data/commitments";
import { listMeetingFacets } from "@/lib/data/meetings";
import { pageMetadata } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/config";
import type { CommitmentFilter } from "@/lib/schemas/commitments";
import { filterQuery } from "@/lib/schemas/lenient";

/** The commitments page's title and alternates; a filtered list is not indexed. */
export async function commitmentsMetadata(
  locale: Locale,
  filter: Partial<CommitmentFilter>,
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "commitments" });
  const query = filterQuery(filter);
  return pageMetadata(locale, `/commitments${query}`, {
    title: t("title"),
    description: t("description"),
    ...(query ? { robots: { index: false, follow: true } } : {}),
  });
}

/**
 * The page for one valid filter, cached per language and filter (rendering it costs far more
 * than its cached reads), with their tags, so a publish expires it on every server. `children`
 * (what the address had that the page ignored) is passed through, not part of the key.
 */
export async function CommitmentsBody({
  locale,
  filter,
  children,
}: {
  locale: Locale;
  filter: Partial<CommitmentFilter>;
  children?: ReactNode;
}) {
  "use cache";
  cacheLife("max");
  cacheTag(tags.meetings, tags.places);
  const [t, facets, records] = await Promise.all([
    getTranslations({ locale, namespace: "commitments" }),
    listMeetingFacets(),
    listPublishedCommitments(filter),
  ]);
  return (
    <>
      <LanguageSwitcher path={`/commitments${filterQuery(filter)}`} />
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <p className="mt-3 mb-6 max-w-3xl text-slate-700">{t("intro")}</p>
      <CommitmentFilterForm facets={facets} filter={filter} />
      {children}
      <CommitmentSummary records={records} />
      <DownloadLinks table="commitments" filter={filter} />
      {records.length === 0 ? (
        <p className="mt-4 text-sm text-slate-700">{t("none")}</p>
      ) : (
        <CommitmentList records={records} />
      )}
    </>
  );
}
