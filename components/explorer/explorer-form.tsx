import { useLocale, useTranslations } from "next-intl";
import type { ExplorerPlace } from "@/lib/data/explorer";
import type { Measure } from "@/lib/generated/prisma/enums";
import { localize } from "@/lib/i18n/text";
import type { ExplorerFormValues } from "@/lib/schemas/explorer-page";

interface Options {
  places: ExplorerPlace[];
  measures: { measure: Measure }[];
  years: { first: number | null; last: number | null } | undefined;
}

const field = "mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm";
const labelClass = "block text-xs font-medium text-slate-700";

/** The explorer's choice as a plain GET form: the address carries it, and it works without JavaScript. */
export function ExplorerForm({
  options,
  values,
}: {
  options: Options;
  values: ExplorerFormValues;
}) {
  const locale = useLocale();
  const t = useTranslations();
  const first = options.years?.first ?? 1990;
  const last = options.years?.last ?? new Date().getUTCFullYear();
  const years = Array.from({ length: last - first + 1 }, (_, i) => last - i);
  const groups = (["VN", "JP"] as const)
    .map((country) => ({ country, places: options.places.filter((p) => p.country === country) }))
    .filter((g) => g.places.length > 0);
  return (
    <form
      method="get"
      aria-label={t("explorer.form.label")}
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid gap-4 lg:grid-cols-[2fr_3fr]">
        <fieldset>
          <legend className={labelClass}>{t("explorer.form.places")}</legend>
          <div className="mt-1 grid gap-3 sm:grid-cols-2">
            {groups.map((group) => (
              <div key={group.country}>
                <p className="text-xs text-slate-600">{t(`place.country.${group.country}`)}</p>
                <ul className="mt-1 space-y-1">
                  {group.places.map((p) => {
                    const { value, lang } = localize(p.name, locale);
                    return (
                      <li key={p.slug}>
                        <label className="inline-flex items-center gap-2 text-sm">
                          <input
                            type="checkbox"
                            name="place"
                            value={p.slug}
                            defaultChecked={values.place.includes(p.slug)}
                            className="h-4 w-4"
                          />
                          <span lang={lang === locale ? undefined : lang}>{value}</span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="grid content-start gap-3 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <label htmlFor="explorer-measure" className={labelClass}>
              {t("explorer.form.measure")}
            </label>
            <select
              id="explorer-measure"
              name="measure"
              defaultValue={values.measure ?? "FDI_REGISTERED_CAPITAL"}
              className={field}
            >
              {options.measures.map(({ measure }) => (
                <option key={measure} value={measure}>
                  {t(`measure.${measure}`)}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="sm:col-span-2">
            <legend className={labelClass}>{t("explorer.form.counterpart")}</legend>
            <div className="mt-1 flex flex-wrap gap-4 text-sm">
              {(["japan", "all"] as const).map((c) => (
                <label key={c} className="inline-flex items-center gap-2">
                  <input
                    type="radio"
                    name="counterpart"
                    value={c}
                    defaultChecked={(values.counterpart ?? "japan") === c}
                    className="h-4 w-4"
                  />
                  {t(`explorer.form.counterparts.${c}`)}
                </label>
              ))}
            </div>
          </fieldset>
          {(["from", "to"] as const).map((name) => (
            <div key={name}>
              <label htmlFor={`explorer-${name}`} className={labelClass}>
                {t(`explorer.form.${name}`)}
              </label>
              <select
                id={`explorer-${name}`}
                name={name}
                defaultValue={values[name]?.toString() ?? ""}
                className={field}
              >
                <option value="">{t("explorer.form.anyYear")}</option>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <div>
            <label htmlFor="explorer-convert" className={labelClass}>
              {t("explorer.form.convert")}
            </label>
            <select
              id="explorer-convert"
              name="convert"
              defaultValue={values.convert ?? ""}
              aria-describedby="explorer-convert-hint"
              className={field}
            >
              <option value="">{t("explorer.form.noConversion")}</option>
              {(["USD", "VND", "JPY"] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`explorer.currency.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <p id="explorer-convert-hint" className="self-end text-xs text-slate-600">
            {t("explorer.form.convertHint")}
          </p>
        </div>
      </div>
      <div className="mt-4 flex gap-3">
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
        >
          {t("explorer.form.submit")}
        </button>
        <a href={`/${locale}/explorer`} className="px-2 py-1.5 text-sm">
          {t("explorer.form.reset")}
        </a>
      </div>
    </form>
  );
}
