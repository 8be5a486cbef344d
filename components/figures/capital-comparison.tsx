import { useLocale, useTranslations } from "next-intl";
import { formatPartialDate } from "@/lib/format/dates";
import { formatFigureValue } from "@/lib/format/figure-value";
import type { Locale } from "@/lib/i18n/config";
import { t as inLanguage } from "@/lib/i18n/text";
import type { ComparisonBar } from "@/lib/investment";
import { DataTable } from "../ui/data-table";
import { dateValues } from "../ui/partial-date";
import { BarChart, type BarDatum } from "./bar-chart";
import { SourceCitation } from "./source-citation";

function toDatum(bar: ComparisonBar, locale: Locale): BarDatum {
  const { figure } = bar;
  return {
    key: bar.key,
    // The province's name, and under it the date of the reading (its publisher is in the table beside the chart).
    label: inLanguage(figure.territory.name, locale),
    sublabel: formatPartialDate(figure.asOf, figure.precision, locale),
    value: bar.value,
    valueHigh: bar.valueHigh,
    valueText: formatFigureValue(figure, locale),
    disputed: bar.disputed,
  };
}

/** Japan's registered capital per province: a chart and, beside it, the same numbers with their sources. */
export function CapitalComparison({
  id,
  bars,
  title,
}: {
  id: string;
  bars: ComparisonBar[];
  title: string;
}) {
  const locale = useLocale();
  const t = useTranslations("investment");
  const figures = useTranslations("figures");
  const data = bars.map((bar) => toDatum(bar, locale));
  const description = data
    .map((d) => t("barSummary", { label: d.label, value: d.valueText, date: d.sublabel ?? "" }))
    .join("; ");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <BarChart id={id} title={title} description={description} data={data} />
      <DataTable
        caption={title}
        columns={[
          { label: t("table.province") },
          { label: t("table.value") },
          { label: t("table.asOfSource") },
        ]}
        look="open"
      >
        {bars.map((bar, i) => (
          <tr key={bar.key}>
            <th scope="row" className="whitespace-nowrap py-2 pr-3 font-medium">
              {data[i].label}
            </th>
            <td className="py-2 pr-3 tabular-nums">
              <span className="whitespace-nowrap">{data[i].valueText}</span>
              {bar.disputed ? (
                <span className="block text-xs text-amber-800">{t("disputed")}</span>
              ) : null}
            </td>
            <td className="py-2 text-xs">
              {figures.rich(
                "asOf",
                dateValues({ date: bar.figure.asOf, precision: bar.figure.precision }, locale),
              )}
              <br />
              <SourceCitation source={bar.figure.source} />
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
