import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { FigureEntry, FigureSeries } from "@/lib/figures";
import { byMeasureOrder, seriesAnchor, seriesHistoryPath } from "@/lib/figures";
import { measureLabel } from "@/lib/format/figure-value";
import { formatTerritoryLabel } from "@/lib/format/territory";
import { DataTable } from "../ui/data-table";
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

/** Earlier readings of a series, newest first, each with its date. */
function EarlierEntries({ entries }: { entries: FigureEntry[] }) {
  return (
    <ol className="mt-2 space-y-3 border-l-2 border-slate-200 pl-3">
      {entries.map((entry) => (
        <li key={entry.asOf.toISOString() + (entry.periodStart?.toISOString() ?? "")}>
          <p className="text-xs font-medium text-slate-700">
            <EntryDate entry={entry} />
          </p>
          <FigureEntryView entry={entry} />
        </li>
      ))}
    </ol>
  );
}

/**
 * Figures as a table: the latest value of each series with its date and source. A profile
 * links each series' earlier values to its place's figure history page, which lists them in
 * full (`fullHistory`): long histories made the profiles several times heavier.
 */
export function FigureTable({
  series,
  caption,
  fullHistory = false,
}: {
  series: FigureSeries[];
  caption: string;
  fullHistory?: boolean;
}) {
  const locale = useLocale();
  const t = useTranslations("figures");
  if (series.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  const ordered = [...series].sort(byMeasureOrder);
  return (
    <DataTable
      caption={caption}
      columns={[
        { label: t("measure") },
        { label: t("latest") },
        { label: t("date"), className: "hidden sm:table-cell" },
      ]}
      cellPadding="px-4 py-2"
    >
      {ordered.map((s) => {
        const [latest, ...earlier] = s.entries;
        return (
          <tr key={s.key} id={seriesAnchor(s)}>
            <th scope="row" className="fig-row">
              <SeriesLabel series={s} />
              <span className="fig-territory">{formatTerritoryLabel(s.territory, locale)}</span>
              {/* On a phone the date sits under the measure rather than in a third column. */}
              <span className="fig-date-phone">
                <EntryDate entry={latest} />
              </span>
            </th>
            <td className="px-4 py-3">
              <FigureEntryView entry={latest} />
              {earlier.length > 0 && fullHistory ? <EarlierEntries entries={earlier} /> : null}
              {earlier.length > 0 && !fullHistory ? (
                <Link
                  href={`/${locale}${seriesHistoryPath(s)}`}
                  prefetch={false}
                  className="mt-2 block text-xs font-medium text-brand-700 underline"
                >
                  {t("history", { count: earlier.length })}
                </Link>
              ) : null}
            </td>
            <td className="fig-date">
              <EntryDate entry={latest} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
