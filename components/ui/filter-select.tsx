import type { Locale } from "@/lib/i18n/config";
import { localize, type LocalizedText } from "@/lib/i18n/text";

export interface Choice {
  value: string;
  label: string;
  /** Set when the label fell back to another language. */
  lang?: string;
}

/** One labelled choice of a GET filter form, with an "all" option first. */
export function FilterSelect({
  name,
  label,
  all,
  value,
  options,
}: {
  name: string;
  label: string;
  all: string;
  value?: string;
  options: Choice[];
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Named records (places, sectors) as choices, each in the page's language or marked as English. */
export function choicesOf(list: { slug: string; name: LocalizedText }[], locale: Locale): Choice[] {
  return list.map((o) => {
    const { value, lang } = localize(o.name, locale);
    return { value: o.slug, label: value, lang: lang === locale ? undefined : lang };
  });
}
