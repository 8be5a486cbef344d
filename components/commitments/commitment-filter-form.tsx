import { useLocale, useTranslations } from "next-intl";
import type { LocalizedText } from "@/lib/i18n/text";
import type { CommitmentFilter } from "@/lib/schemas/commitments";
import { Commitment, FollowUp, OutcomeSide } from "@/lib/generated/prisma/enums";
import { choicesOf, FilterSelect } from "../ui/filter-select";

interface Facets {
  provinces: { slug: string; name: LocalizedText }[];
  partners: { slug: string; name: LocalizedText }[];
  years: number[];
}

/** A plain GET form: every filtered view has an address and works without JavaScript. */
export function CommitmentFilterForm({
  facets,
  filter,
}: {
  facets: Facets;
  filter: Partial<CommitmentFilter>;
}) {
  const locale = useLocale();
  const t = useTranslations();
  const all = t("commitments.filter.all");
  const labelled = <K extends string>(values: Record<string, K>, label: (value: K) => string) =>
    Object.values(values).map((value) => ({ value, label: label(value) }));
  return (
    <form
      method="get"
      role="search"
      aria-label={t("commitments.filter.label")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-7 lg:items-end"
    >
      <FilterSelect
        name="province"
        label={t("commitments.filter.province")}
        all={all}
        value={filter.province}
        options={choicesOf(facets.provinces, locale)}
      />
      <FilterSelect
        name="partner"
        label={t("commitments.filter.partner")}
        all={all}
        value={filter.partner}
        options={choicesOf(facets.partners, locale)}
      />
      <FilterSelect
        name="commitment"
        label={t("commitments.filter.commitment")}
        all={all}
        value={filter.commitment}
        options={labelled(Commitment, (c) => t(`commitment.${c}`))}
      />
      <FilterSelect
        name="side"
        label={t("commitments.filter.side")}
        all={all}
        value={filter.side}
        options={labelled(OutcomeSide, (s) => t(`outcomeSide.${s}`))}
      />
      <FilterSelect
        name="status"
        label={t("commitments.filter.status")}
        all={all}
        value={filter.status}
        options={labelled(FollowUp, (s) => t(`followUp.${s}`))}
      />
      <FilterSelect
        name="year"
        label={t("commitments.filter.year")}
        all={all}
        value={filter.year?.toString()}
        options={facets.years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <div className="flex gap-2">
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
        >
          {t("commitments.filter.submit")}
        </button>
        <a href="?" className="px-2 py-1.5 text-sm">
          {t("commitments.filter.clear")}
        </a>
      </div>
    </form>
  );
}
