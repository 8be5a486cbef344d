import { useLocale, useTranslations } from "next-intl";
import type { MeetingFilter } from "@/lib/schemas/meeting-filter";
import { localize, type LocalizedText } from "@/lib/i18n/text";

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

interface Choice {
  value: string;
  label: string;
  /** Set when the label fell back to another language. */
  lang?: string;
}

function Select({ name, label, all, value, options }: { name: string; label: string; all: string; value?: string; options: Choice[] }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-slate-700">{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm">
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: filtering works without JavaScript and every result has a URL. */
export function MeetingFilterForm({ facets, filter }: { facets: Facets; filter: MeetingFilter }) {
  const locale = useLocale();
  const t = useTranslations("meetings.filter");
  const toOptions = (list: Option[]): Choice[] =>
    list.map((o) => {
      const { value, lang } = localize(o.name, locale);
      return { value: o.slug, label: value, lang: lang === locale ? undefined : lang };
    });
  const all = t("all");
  return (
    <form method="get" role="search" aria-label={t("label")} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-5 sm:items-end">
      <Select name="province" label={t("province")} all={all} value={filter.province} options={toOptions(facets.provinces)} />
      <Select name="partner" label={t("partner")} all={all} value={filter.partner} options={toOptions(facets.partners)} />
      <Select name="year" label={t("year")} all={all} value={filter.year?.toString()} options={facets.years.map((y) => ({ value: String(y), label: String(y) }))} />
      <Select name="sector" label={t("sector")} all={all} value={filter.sector} options={toOptions(facets.sectors)} />
      <div className="flex gap-2">
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">{t("submit")}</button>
        <a href="?" className="px-2 py-1.5 text-sm">{t("clear")}</a>
      </div>
    </form>
  );
}
