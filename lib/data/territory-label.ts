import type { DatePrecision } from "../generated/prisma/enums";
import type { LocalizedText } from "../i18n/text";

interface Bounds {
  validFrom: Date | null;
  validFromPrecision: DatePrecision;
  validTo: Date | null;
}

const year = (date: Date) => date.getUTCFullYear();
const day = (date: Date) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(date);

/**
 * "Bac Ninh" for a place that never changed, "Bac Ninh (1997 – 30 Jun 2025 boundaries)"
 * for one of several territories, so a figure always says which territory it describes.
 */
export function formatTerritoryLabel(name: LocalizedText, bounds: Bounds): LocalizedText {
  if (!bounds.validFrom && !bounds.validTo) return name;
  const from = bounds.validFrom ? (bounds.validFromPrecision === "DAY" ? day(bounds.validFrom) : String(year(bounds.validFrom))) : "";
  const to = bounds.validTo ? day(bounds.validTo) : "today";
  const span = bounds.validFrom ? `${from} – ${to}` : `until ${to}`;
  return { en: `${name.en} (${span} boundaries)` };
}
