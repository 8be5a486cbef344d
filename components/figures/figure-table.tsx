import { useLocale, useTranslations } from "next-intl";
import type { FigureSeries } from "@/lib/figures";
import { byMeasureOrder } from "@/lib/figures";
import { measureLabel } from "@/lib/format/figure-value";
import { formatTerritoryLabel } from "@/lib/format/territory";
import { EntryDate, FigureEntryView } from "./figure-reading";

/** "FDI registered capital from Japan (new + additional, per period)", in the page's language. */
function SeriesLabel({ series }: { series: FigureSeries }) {
  const locale = useLocale();
  const t = useTranslations("figures");
  return t("series", {
    label: measureLabel(series.measure, series.counterpart, locale),
    perPeriod: series.basis === "FLOW" && series.measure.startsWith("FDI") ? "true" : "false",
  });
}

/**
 * Figures as a table: the latest value of each series with its date and source, earlier
 * values in an expandable history (a plain <details>, so it works without JavaScript).
 */
export function FigureTable({ series, caption }: { series: FigureSeries[]; caption: string }) {
  const locale = useLocale();
  const t = useTranslations("figures");
  if (series.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  const ordered = [...series].sort(byMeasureOrder);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2">{t("measure")}</th>
            <th scope="col" className="px-4 py-2">{t("latest")}</th>
            <th scope="col" className="hidden px-4 py-2 sm:table-cell">{t("date")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {ordered.map((s) => {
            const [latest, ...earlier] = s.entries;
            return (
              <tr key={s.key} className="align-top">
                <th scope="row" className="w-2/5 px-4 py-3 font-medium text-slate-800 sm:w-1/4">
                  <SeriesLabel series={s} />
                  <span className="block text-xs font-normal text-slate-600">{formatTerritoryLabel(s.territory, locale)}</span>
                  {/* On a phone the date sits under the measure rather than in a third column. */}
                  <span className="mt-1 block text-xs font-normal text-slate-700 sm:hidden">
                    <EntryDate entry={latest} />
                  </span>
                </th>
                <td className="px-4 py-3">
                  <FigureEntryView entry={latest} />
                  {earlier.length > 0 ? (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-xs font-medium text-brand-700">{t("history", { count: earlier.length })}</summary>
                      <ol className="mt-2 space-y-3 border-l-2 border-slate-200 pl-3">
                        {earlier.map((entry) => (
                          <li key={entry.asOf.toISOString() + (entry.periodStart?.toISOString() ?? "")}>
                            <p className="text-xs font-medium text-slate-700">
                              <EntryDate entry={entry} />
                            </p>
                            <FigureEntryView entry={entry} />
                          </li>
                        ))}
                      </ol>
                    </details>
                  ) : null}
                </td>
                <td className="hidden whitespace-nowrap px-4 py-3 text-slate-700 sm:table-cell">
                  <EntryDate entry={latest} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
