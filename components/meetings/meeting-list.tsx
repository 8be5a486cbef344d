import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { MeetingCard } from "@/lib/data/meetings";
import { Localized } from "../ui/localized";
import { Badge } from "../ui/section";
import { MeetingDate } from "./meeting-date";

/**
 * Meetings, newest first: date, kind, venue and title, with the summary, places and sectors
 * unless `compact` (a profile lists every meeting of its place and links the full cards on the
 * meetings list, filtered to that place).
 */
export function MeetingList({
  meetings,
  compact = false,
}: {
  meetings: MeetingCard[];
  compact?: boolean;
}) {
  const locale = useLocale();
  const t = useTranslations();
  if (meetings.length === 0) return <p className="text-sm text-slate-600">{t("meetings.none")}</p>;
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {meetings.map((meeting) => (
        <li key={meeting.slug} className={compact ? "px-4 py-3" : "p-4"}>
          <p className="meeting-meta">
            <MeetingDate meeting={meeting} /> · {t(`meetingKind.${meeting.kind}`)}
            {meeting.venue ? (
              <>
                {" "}
                · <Localized text={meeting.venue} />
              </>
            ) : null}
          </p>
          <h3 className="mt-1 font-semibold">
            <Link href={`/${locale}/meetings/${meeting.slug}`}>
              <Localized text={meeting.title} />
            </Link>
          </h3>
          {compact ? null : (
            <>
              <p className="mt-1 line-clamp-2 text-sm text-slate-700">
                <Localized text={meeting.summary} />
              </p>
              <p className="mt-2 flex flex-wrap gap-1">
                {meeting.places.map((place) => (
                  <Badge key={place.slug} tone={place.country === "VN" ? "red" : "blue"}>
                    <Localized text={place.name} />
                  </Badge>
                ))}
                {meeting.sectors.map((sector) => (
                  <Badge key={sector.slug}>
                    <Localized text={sector.name} />
                  </Badge>
                ))}
              </p>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
