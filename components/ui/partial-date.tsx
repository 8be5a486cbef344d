import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { formatPartialDate, formatPeriod, toPartialDateText } from "@/lib/partial-date";

/** A date shown no more precisely than the source gave it; `end` makes it a period. */
export function PartialDate({ date, precision, end }: { date: Date; precision: DatePrecision; end?: Date | null }) {
  const text = end && end.getTime() !== date.getTime() ? formatPeriod(date, end, precision) : formatPartialDate(date, precision);
  return <time dateTime={toPartialDateText(date, precision)}>{text}</time>;
}
