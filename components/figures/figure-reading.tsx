import type { Figure, FigureEntry } from "@/lib/figures";
import { formatFigureValue } from "@/lib/figures";
import type { Locale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { Localized } from "../ui/localized";
import { PartialDate } from "../ui/partial-date";
import { Badge } from "../ui/section";
import { SourceCitation } from "./source-citation";

/** One value as one source gave it: the number, its rank, its caveats and its source. */
export function FigureReading({ figure, locale }: { figure: Figure; locale: Locale }) {
  return (
    <div>
      <span className="font-semibold tabular-nums text-slate-900">{formatFigureValue(figure, locale)}</span>
      {figure.isEstimate ? <span className="ml-1 text-xs text-slate-600">(estimate)</span> : null}
      {figure.rank ? (
        <span className="ml-2 text-xs text-slate-600">
          rank {figure.rank}
          {figure.rankOf ? ` of ${figure.rankOf}` : ""}
        </span>
      ) : null}
      {figure.note ? (
        <p className="text-xs text-slate-600">
          <Localized text={figure.note} locale={locale} />
        </p>
      ) : null}
      <div>
        <SourceCitation source={figure.source} locale={locale} />
      </div>
    </div>
  );
}

export function EntryDate({ entry }: { entry: FigureEntry }) {
  const first = entry.readings[0];
  return first.basis === "FLOW" && entry.periodStart ? (
    <PartialDate date={entry.periodStart} end={entry.asOf} precision={entry.precision} />
  ) : (
    <>
      as of <PartialDate date={entry.asOf} precision={entry.precision} />
    </>
  );
}

/**
 * All readings for one date; when they disagree, side by side under a visible flag. Readings in
 * different currencies stay as given, side by side, and say so.
 */
export function FigureEntryView({ entry, locale }: { entry: FigureEntry; locale: Locale }) {
  const m = getMessages(locale);
  return (
    <div>
      {entry.conflict || entry.mixedUnits ? (
        <p className="mb-1 flex flex-wrap gap-1">
          {entry.conflict ? <Badge tone="amber">{m.figure.sourcesDisagree}</Badge> : null}
          {entry.mixedUnits ? <Badge>{m.figure.differentUnits}</Badge> : null}
        </p>
      ) : null}
      <div className={entry.readings.length > 1 ? "grid gap-3 sm:grid-cols-2" : ""}>
        {entry.readings.map((reading) => (
          <FigureReading key={reading.id} figure={reading} locale={locale} />
        ))}
      </div>
    </div>
  );
}
