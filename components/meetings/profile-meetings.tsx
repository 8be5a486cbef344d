import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { MeetingCard } from "@/lib/data/meetings";
import { meetingFilterQuery, type MeetingFilter } from "@/lib/schemas/meeting-filter";
import { MeetingList } from "./meeting-list";

/** A profile's meetings: every one listed briefly, and the full cards on the meetings list filtered to the place. */
export function ProfileMeetings({
  meetings,
  filter,
  name,
}: {
  meetings: MeetingCard[];
  filter: MeetingFilter;
  name: string;
}) {
  const locale = useLocale();
  const t = useTranslations("profileMeetings");
  return (
    <>
      <MeetingList meetings={meetings} compact />
      {meetings.length > 0 ? (
        <p className="mt-3 text-sm">
          <Link href={`/${locale}/meetings${meetingFilterQuery(filter)}`}>
            {t("all", { name })}
          </Link>
        </p>
      ) : null}
    </>
  );
}
