import type { MeetingCard } from "@/lib/data/meetings";
import type { Locale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { PartialDate } from "../ui/partial-date";

/** A meeting's date as precisely as the sources give it, or "before 30 Nov 2023" when they give only a bound. */
export function MeetingDate({ meeting, locale }: { meeting: Pick<MeetingCard, "startsOn" | "endsOn" | "datePrecision" | "dateIsUpperBound">; locale: Locale }) {
  const date = <PartialDate date={meeting.startsOn} end={meeting.endsOn} precision={meeting.datePrecision} />;
  return meeting.dateIsUpperBound ? (
    <>
      {getMessages(locale).meeting.before} {date}
    </>
  ) : (
    date
  );
}
