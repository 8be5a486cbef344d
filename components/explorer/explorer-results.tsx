import { useLocale, useTranslations } from "next-intl";
import type { ExplorerPlace, ExplorerResult } from "@/lib/data/explorer";
import { chartSelection } from "@/lib/explorer/series";
import { measureLabel } from "@/lib/format/figure-value";
import { formatList } from "@/lib/format/list";
import { t as inLanguage } from "@/lib/i18n/text";
import { DownloadLinks } from "../downloads/download-links";
import { Section } from "../ui/section";
import { ChartLegend } from "./chart-legend";
import { ExplorerNotice } from "./explorer-notice";
import { ObservationTable } from "./observation-table";
import { TimeSeriesChart } from "./time-series-chart";

/** The chart, its legend and the table of every observation behind it, for a valid choice. */
export function ExplorerResults({
  result,
  places,
}: {
  result: ExplorerResult;
  places: ExplorerPlace[];
}) {
  const locale = useLocale();
  const t = useTranslations("explorer");
  const { query, observations } = result;
  const chosen = query.place
    .map((slug) => places.find((p) => p.slug === slug))
    .filter((p): p is ExplorerPlace => p !== undefined && !result.placesWithout.includes(p.slug));
  const names = (list: { name: ExplorerPlace["name"] }[]) =>
    formatList(
      list.map((p) => inLanguage(p.name, locale)),
      locale,
    );
  const missing = result.placesWithout.map(
    (slug) => places.find((p) => p.slug === slug) ?? { name: { en: slug } },
  );
  // Japan's name from the form's words when no figure brings it along (nothing found).
  const japan = t("form.counterparts.japan");
  const measure = measureLabel(
    query.measure,
    query.counterpart === "japan" ? { name: { en: japan, [locale]: japan } } : null,
    locale,
  );
  const filter = {
    place: query.place,
    counterpart: query.counterpart,
    measure: query.measure,
    from: query.from,
    to: query.to,
    convert: query.convert,
  };

  if (observations.length === 0) {
    return (
      <ExplorerNotice title={t("empty.title")}>
        <p>{t("empty.body", { measure, places: names(missing) })}</p>
        <p>{t("empty.help")}</p>
      </ExplorerNotice>
    );
  }
  const { unit, readings, leftOut } = chartSelection(observations);
  const conflicts = readings.filter((r) => r.conflict).length;
  const ranges = readings.filter((r) => r.high !== null).length;
  const span = [observations[0].asOf, observations.at(-1)!.asOf].map((d) => d.slice(0, 4));
  const title = t("chart.title", { measure, places: names(chosen) });
  const description = t("chart.description", {
    count: readings.length,
    first: span[0],
    last: span[1],
    conflicts,
    ranges,
  });
  return (
    <>
      {missing.length > 0 ? (
        <p className="mt-4 text-sm text-slate-700">
          {t("placesWithout", { places: names(missing), count: missing.length })}
        </p>
      ) : null}
      <Section id="chart" title={title}>
        <TimeSeriesChart
          id="explorer-chart"
          title={title}
          description={description}
          yAxis={t(`unit.${unit ?? "COUNT"}`)}
          xAxis={t("chart.xAxis")}
          readings={readings}
          places={chosen.map((p, index) => ({ slug: p.slug, index }))}
          years={{ from: query.from, to: query.to }}
        />
        <ChartLegend places={chosen} hasConflict={conflicts > 0} hasRange={ranges > 0} />
        {leftOut > 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t("leftOut", { count: leftOut })}</p>
        ) : null}
      </Section>
      <Section
        id="observations"
        title={t("table.title", { count: observations.length })}
        intro={t("table.intro")}
      >
        <ObservationTable observations={observations} convert={query.convert} caption={title} />
        <DownloadLinks table="figures" filter={filter} />
      </Section>
    </>
  );
}
