import Link from "next/link";
import type { MeetingCard } from "@/lib/data/meetings";
import type { Locale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { Localized } from "../ui/localized";
import { Badge } from "../ui/section";
import { MeetingDate } from "./meeting-date";

export function MeetingList({ meetings, locale }: { meetings: MeetingCard[]; locale: Locale }) {
  const m = getMessages(locale);
  if (meetings.length === 0) return <p className="text-sm text-slate-600">No meetings recorded.</p>;
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {meetings.map((meeting) => (
        <li key={meeting.slug} className="p-4">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
            <MeetingDate meeting={meeting} locale={locale} /> · {m.meetingKind[meeting.kind]}
            {meeting.venue ? (
              <>
                {" "}· <Localized text={meeting.venue} locale={locale} />
              </>
            ) : null}
          </p>
          <h3 className="mt-1 font-semibold">
            <Link href={`/${locale}/meetings/${meeting.slug}`}>
              <Localized text={meeting.title} locale={locale} />
            </Link>
          </h3>
          <p className="mt-1 line-clamp-2 text-sm text-slate-700">
            <Localized text={meeting.summary} locale={locale} />
          </p>
          <p className="mt-2 flex flex-wrap gap-1">
            {meeting.places.map((place) => (
              <Badge key={place.slug} tone={place.country === "VN" ? "red" : "blue"}>
                <Localized text={place.name} locale={locale} />
              </Badge>
            ))}
            {meeting.sectors.map((sector) => (
              <Badge key={sector.slug}>
                <Localized text={sector.name} locale={locale} />
              </Badge>
            ))}
          </p>
        </li>
      ))}
    </ol>
  );
}
