import { useLocale, useTranslations } from "next-intl";
import type { ExplorerObservation } from "@/lib/data/explorer";
import type { Currency } from "@/lib/generated/prisma/enums";
import { formatFigureValue } from "@/lib/format/figure-value";
import { t as inLanguage } from "@/lib/i18n/text";
import { SourceCitation } from "../figures/source-citation";
import { DataTable, type Column } from "../ui/data-table";
import { Localized } from "../ui/localized";
import { dateValues, PartialDate } from "../ui/partial-date";
import { Badge } from "../ui/section";
import { ConversionCell } from "./conversion-cell";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "as of 30 November 2023" for a level, the period itself for a flow. */
function ObservationDate({ o }: { o: ExplorerObservation }) {
  const locale = useLocale();
  const t = useTranslations("figures");
  if (o.basis === "FLOW" && o.periodStart)
    return <PartialDate date={day(o.periodStart)} end={day(o.asOf)} precision={o.precision} />;
  return <>{t.rich("asOf", dateValues({ date: day(o.asOf), precision: o.precision }, locale))}</>;
}

/** Every observation behind the chart: the value as the source gave it, its date, basis and source, and the conversion if asked. */
export function ObservationTable({
  observations,
  convert,
  caption,
}: {
  observations: ExplorerObservation[];
  convert?: Currency;
  caption: string;
}) {
  const locale = useLocale();
  const t = useTranslations();
  const columns: Column[] = [
    { label: t("explorer.table.place") },
    { label: t("explorer.table.date") },
    { label: t("explorer.table.value") },
    ...(convert ? [{ label: t("explorer.table.converted", { currency: convert }) }] : []),
    { label: t("explorer.table.basis") },
    { label: t("explorer.table.source") },
  ];
  return (
    <DataTable caption={caption} columns={columns}>
      {observations.map((o) => (
        <tr key={o.id} id={`reading-${o.id}`}>
          <th scope="row" className="px-3 py-2 font-medium text-slate-800">
            {inLanguage(o.territory.label, locale)}
          </th>
          <td className="px-3 py-2 text-slate-700">
            <ObservationDate o={o} />
          </td>
          <td className="px-3 py-2">
            <span className="whitespace-nowrap font-semibold tabular-nums text-slate-900">
              {formatFigureValue(o, locale)}
            </span>
            {o.isEstimate ? (
              <span className="ml-1 text-xs text-slate-600">{t("figures.estimate")}</span>
            ) : null}
            {o.conflict ? (
              <span className="mt-1 block">
                <Badge tone="amber">{t("figures.disagree")}</Badge>
              </span>
            ) : null}
            {o.note ? (
              <p className="mt-1 text-xs text-slate-600">
                <Localized text={o.note} />
              </p>
            ) : null}
          </td>
          {convert ? (
            <td className="px-3 py-2">
              <ConversionCell observation={o} target={convert} />
            </td>
          ) : null}
          <td className="px-3 py-2 text-xs text-slate-700">{t(`explorer.basis.${o.basis}`)}</td>
          <td className="px-3 py-2">
            <SourceCitation
              source={{
                ...o.source,
                publishedOn: o.source.publishedOn ? day(o.source.publishedOn) : null,
              }}
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
