import { useLocale, useTranslations } from "next-intl";
import type { MeetingCard } from "@/lib/data/meetings";
import { dateValues, PartialDate } from "../ui/partial-date";

/** A meeting's date as precisely as the sources give it, or "before 30 Nov 2023" when they give only a bound. */
export function MeetingDate({
  meeting,
}: {
  meeting: Pick<MeetingCard, "startsOn" | "endsOn" | "datePrecision" | "dateIsUpperBound">;
}) {
  const locale = useLocale();
  const t = useTranslations("meeting");
  if (!meeting.dateIsUpperBound)
    return (
      <PartialDate date={meeting.startsOn} end={meeting.endsOn} precision={meeting.datePrecision} />
    );
  return (
    <>
      {t.rich(
        "before",
        dateValues({ date: meeting.startsOn, precision: meeting.datePrecision }, locale),
      )}
    </>
  );
}
