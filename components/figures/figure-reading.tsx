import { useLocale, useTranslations } from "next-intl";
import type { Figure, FigureEntry } from "@/lib/figures";
import { formatFigureValue } from "@/lib/format/figure-value";
import { Localized } from "../ui/localized";
import { dateValues, PartialDate } from "../ui/partial-date";
import { Badge } from "../ui/section";
import { SourceCitation } from "./source-citation";

/** One value as one source gave it: the number, its rank, its caveats and its source. */
export function FigureReading({ figure }: { figure: Figure }) {
  const locale = useLocale();
  const t = useTranslations("figures");
  return (
    <div>
      <span className="fig-value">{formatFigureValue(figure, locale)}</span>
      {figure.isEstimate ? <span className="fine ml-1">{t("estimate")}</span> : null}
      {figure.rank ? (
        <span className="fine ml-2">
          {t("rank", { rank: figure.rank, of: figure.rankOf ?? "none" })}
        </span>
      ) : null}
      {figure.note ? (
        <p className="fine">
          <Localized text={figure.note} />
        </p>
      ) : null}
      <div>
        <SourceCitation source={figure.source} />
      </div>
    </div>
  );
}

/** "as of 30 April 2019" for a level, the period itself for a flow. */
export function EntryDate({ entry }: { entry: FigureEntry }) {
  const locale = useLocale();
  const t = useTranslations("figures");
  if (entry.readings[0].basis === "FLOW" && entry.periodStart)
    return <PartialDate date={entry.periodStart} end={entry.asOf} precision={entry.precision} />;
  return (
    <>{t.rich("asOf", dateValues({ date: entry.asOf, precision: entry.precision }, locale))}</>
  );
}

/**
 * All readings for one date; when they disagree, side by side under a visible flag. Readings in
 * different currencies stay as given, side by side, and say so.
 */
export function FigureEntryView({ entry }: { entry: FigureEntry }) {
  const t = useTranslations("figures");
  return (
    <div>
      {entry.conflict || entry.mixedUnits ? (
        <p className="mb-1 flex flex-wrap gap-1">
          {entry.conflict ? <Badge tone="amber">{t("disagree")}</Badge> : null}
          {entry.mixedUnits ? <Badge>{t("differentUnits")}</Badge> : null}
        </p>
      ) : null}
      <div className={entry.readings.length > 1 ? "grid gap-3 sm:grid-cols-2" : ""}>
        {entry.readings.map((reading) => (
          <FigureReading key={reading.id} figure={reading} />
        ))}
      </div>
    </div>
  );
}
