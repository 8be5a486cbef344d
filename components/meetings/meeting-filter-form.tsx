import { useLocale, useTranslations } from "next-intl";
import type { MeetingFilter } from "@/lib/schemas/meeting-filter";
import type { LocalizedText } from "@/lib/i18n/text";
import { choicesOf, FilterSelect as Select } from "../ui/filter-select";

interface Option {
  slug: string;
  name: LocalizedText;
}

interface Facets {
  provinces: Option[];
  partners: Option[];
  sectors: Option[];
  years: number[];
}

/** A plain GET form: filtering works without JavaScript and every result has a URL. */
export function MeetingFilterForm({ facets, filter }: { facets: Facets; filter: MeetingFilter }) {
  const locale = useLocale();
  const t = useTranslations("meetings.filter");
  const toOptions = (list: Option[]) => choicesOf(list, locale);
  const all = t("all");
  return (
    <form
      method="get"
      role="search"
      aria-label={t("label")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-5 sm:items-end"
    >
      <Select
        name="province"
        label={t("province")}
        all={all}
        value={filter.province}
        options={toOptions(facets.provinces)}
      />
      <Select
        name="partner"
        label={t("partner")}
        all={all}
        value={filter.partner}
        options={toOptions(facets.partners)}
      />
      <Select
        name="year"
        label={t("year")}
        all={all}
        value={filter.year?.toString()}
        options={facets.years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <Select
        name="sector"
        label={t("sector")}
        all={all}
        value={filter.sector}
        options={toOptions(facets.sectors)}
      />
      <div className="flex gap-2">
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
        >
          {t("submit")}
        </button>
        <a href="?" className="px-2 py-1.5 text-sm">
          {t("clear")}
        </a>
      </div>
    </form>
  );
}
