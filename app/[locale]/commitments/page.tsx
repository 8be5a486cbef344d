import type { Metadata } from "next";
import { CommitmentsBody, commitmentsMetadata } from "@/components/commitments/commitments-body";
import { IgnoredParams } from "@/components/ui/ignored-params";
import { localeFrom } from "@/lib/i18n/params";
import { CommitmentFilter } from "@/lib/schemas/commitments";
import { parseFilters } from "@/lib/schemas/lenient";

// Every clean choice, the bare address included, is served by ../commitments-filtered/[filter]
// (lib/routing/reader-routes.ts routes it there: one static page per filter). What reaches this
// page has a parameter to point out, or names a place that does not exist: it renders per request
// (whole: streamed parts need JavaScript to appear), its body still cached per filter.
export const instant = false;

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<"/[locale]/commitments">): Promise<Metadata> {
  const [locale, { filter }] = await Promise.all([
    localeFrom(params),
    searchParams.then((p) => parseFilters(CommitmentFilter, p)),
  ]);
  return commitmentsMetadata(locale, filter);
}

export default async function CommitmentsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/commitments">) {
  const locale = await localeFrom(params);
  const { filter, ignored } = parseFilters(CommitmentFilter, await searchParams);
  return (
    <CommitmentsBody locale={locale} filter={filter}>
      <IgnoredParams names={ignored} />
    </CommitmentsBody>
  );
}
