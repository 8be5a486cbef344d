import { useLocale, useTranslations } from "next-intl";
import type { SearchHit } from "@/lib/data/search";
import { formatPartialDate } from "@/lib/format/dates";
import type {
  Country,
  DatePrecision,
  MeetingKind,
  PlaceKind,
  RelationshipKind,
  RelationshipStatus,
} from "@/lib/generated/prisma/enums";
import type { LocalizedText } from "@/lib/i18n/text";
import { Localized } from "../ui/localized";

/** A date the index stored as JSON ("2019-04-26" or "2019-04-26T00:00:00"), as a UTC day. */
const storedDay = (value: unknown) =>
  typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : null;

/** The line under a result that tells similar results apart: a meeting's date, a place's kind, a source's publisher. */
export function HitContext({ hit }: { hit: SearchHit }) {
  const locale = useLocale();
  const t = useTranslations();
  const c = hit.context ?? {};
  const date = (value: unknown, precision: unknown = "DAY") => {
    const day = storedDay(value);
    return day ? formatPartialDate(day, (precision as DatePrecision) ?? "DAY", locale) : null;
  };
  switch (hit.kind) {
    case "PLACE":
      return (
        <>
          {[t(`placeKind.${c.kind as PlaceKind}`), t(`place.country.${c.country as Country}`)].join(
            " · ",
          )}
        </>
      );
    case "RELATIONSHIP":
      return (
        <>
          {[
            t(`relationshipKind.${c.kind as RelationshipKind}`),
            t(`relationshipStatus.${c.status as RelationshipStatus}`),
          ].join(" · ")}
        </>
      );
    case "MEETING":
      return (
        <>
          {[date(c.startsOn, c.datePrecision), t(`meetingKind.${c.kind as MeetingKind}`)]
            .filter(Boolean)
            .join(" · ")}
        </>
      );
    case "PERSON": {
      const latest = c.latestMeeting as { title?: LocalizedText; startsOn?: string } | undefined;
      if (!latest?.title) return null;
      return (
        <>
          {t("search.latestMeeting")} <Localized text={latest.title} /> · {date(latest.startsOn)}
        </>
      );
    }
    case "SECTOR":
      return <>{t("search.sectorMeetings")}</>;
    case "SOURCE":
      // The index keeps no date precision for sources, so no date: a year would read as 1 January.
      return <span lang={locale === "en" ? undefined : "en"}>{String(c.publisher ?? "")}</span>;
  }
}
