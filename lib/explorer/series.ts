// Which of a choice's readings the chart can draw on one axis. Figures keep their own units;
// where the page converted money (with a stored rate), the converted amount is drawn. Readings
// in any other unit than the most common one stay in the table only, and the page says so.
import type { ExplorerObservation } from "../data/explorer";
import type { Currency, Unit } from "../generated/prisma/enums";
import type { ChartReading } from "./chart";

export type PlottedUnit = Unit | Currency;

function plotted(o: ExplorerObservation): { unit: PlottedUnit; low: number; high: number | null } {
  if (o.converted)
    return {
      unit: o.converted.currency,
      low: Number(o.converted.value),
      high: o.converted.valueHigh === null ? null : Number(o.converted.valueHigh),
    };
  return {
    unit: o.unit,
    low: Number(o.value),
    high: o.valueHigh === null ? null : Number(o.valueHigh),
  };
}

export function chartSelection(observations: ExplorerObservation[]): {
  unit: PlottedUnit | null;
  readings: ChartReading[];
  leftOut: number;
} {
  const values = observations.map((o) => ({ o, ...plotted(o) }));
  const counts = new Map<PlottedUnit, number>();
  for (const v of values) counts.set(v.unit, (counts.get(v.unit) ?? 0) + 1);
  const unit = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const readings = values
    .filter((v) => v.unit === unit)
    .map(({ o, low, high }) => ({
      id: o.id,
      place: o.place.slug,
      date: new Date(`${o.asOf}T00:00:00Z`),
      low,
      high,
      conflict: o.conflict,
    }));
  return { unit, readings, leftOut: observations.length - readings.length };
}
