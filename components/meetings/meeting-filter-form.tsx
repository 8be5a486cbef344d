import type { MeetingFilter } from "@/lib/schemas/meeting-filter";
import type { Locale } from "@/lib/i18n/config";
import { t, type LocalizedText } from "@/lib/i18n/text";

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

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-slate-700">{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm">
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: filtering works without JavaScript and every result has a URL. */
export function MeetingFilterForm({ facets, filter, locale }: { facets: Facets; filter: MeetingFilter; locale: Locale }) {
  const toOptions = (list: Option[]) => list.map((o) => ({ value: o.slug, label: t(o.name, locale) }));
  return (
    <form method="get" role="search" aria-label="Filter meetings" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-5 sm:items-end">
      <Select name="province" label="Province" value={filter.province} options={toOptions(facets.provinces)} />
      <Select name="partner" label="Japanese partner" value={filter.partner} options={toOptions(facets.partners)} />
      <Select name="year" label="Year" value={filter.year?.toString()} options={facets.years.map((y) => ({ value: String(y), label: String(y) }))} />
      <Select name="sector" label="Sector" value={filter.sector} options={toOptions(facets.sectors)} />
      <div className="flex gap-2">
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">Filter</button>
        <a href="?" className="px-2 py-1.5 text-sm">Clear</a>
      </div>
    </form>
  );
}
