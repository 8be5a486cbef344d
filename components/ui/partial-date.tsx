import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { formatDateOrPeriod } from "@/lib/format/dates";
import type { Locale } from "@/lib/i18n/config";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { toPartialDateText } from "@/lib/partial-date";

interface DateProps {
  date: Date;
  precision: DatePrecision;
  /** Makes it a period when it is another day. */
  end?: Date | null;
}

/** A date shown no more precisely than the source gave it, in the page's language. */
export function PartialDate({ date, precision, end }: DateProps) {
  const locale = useLocale();
  return (
    <time dateTime={toPartialDateText(date, precision)}>
      {formatDateOrPeriod(date, precision, locale, end)}
    </time>
  );
}

/**
 * The values for a message with a date in it ("as of <time>{date}</time>"), so the date keeps
 * its <time> element wherever the language puts it: `t.rich("asOf", dateValues(…))`.
 */
export function dateValues({ date, precision, end }: DateProps, locale: Locale) {
  return {
    date: formatDateOrPeriod(date, precision, locale, end),
    time: (chunks: ReactNode) => (
      <time dateTime={toPartialDateText(date, precision)}>{chunks}</time>
    ),
  };
}
