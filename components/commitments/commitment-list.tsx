import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { CommitmentRecord } from "@/lib/data/commitments";
import type { FollowUp } from "@/lib/generated/prisma/enums";
import { MeetingDate } from "../meetings/meeting-date";
import { Localized } from "../ui/localized";
import { Badge } from "../ui/section";

const statusTone: Record<FollowUp, "green" | "blue" | "amber" | "red" | "slate"> = {
  DONE: "green",
  IN_PROGRESS: "blue",
  NOT_STARTED: "amber",
  STALLED: "red",
  UNKNOWN: "slate",
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Consecutive outcomes of one meeting together (the list comes newest meeting first). */
function byMeeting(records: CommitmentRecord[]) {
  const groups: {
    meeting: CommitmentRecord["meeting"];
    places: CommitmentRecord["places"];
    outcomes: CommitmentRecord[];
  }[] = [];
  for (const record of records) {
    const last = groups.at(-1);
    if (last?.meeting.slug === record.meeting.slug) last.outcomes.push(record);
    else groups.push({ meeting: record.meeting, places: record.places, outcomes: [record] });
  }
  return groups;
}

/** Every outcome, under the meeting it came from: what was asked, agreed or promised, by whom, and what came of it. */
export function CommitmentList({ records }: { records: CommitmentRecord[] }) {
  const locale = useLocale();
  const t = useTranslations();
  return (
    <ol className="mt-4 space-y-4">
      {byMeeting(records).map(({ meeting, places, outcomes }) => (
        <li key={meeting.slug} className="rounded-lg border border-slate-200 bg-white">
          <div className="border-b border-slate-200 px-4 py-3">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
              <MeetingDate
                meeting={{
                  ...meeting,
                  startsOn: day(meeting.startsOn),
                  endsOn: meeting.endsOn ? day(meeting.endsOn) : null,
                }}
              />
              {" · "}
              {places.map((p, i) => (
                <span key={p.slug}>
                  {i > 0 ? ", " : null}
                  <Localized text={p.name} />
                </span>
              ))}
            </p>
            <h2 className="mt-1 font-semibold">
              <Link href={`/${locale}/meetings/${meeting.slug}#outcomes`}>
                <Localized text={meeting.title} />
              </Link>
            </h2>
          </div>
          <ul className="divide-y divide-slate-100">
            {outcomes.map((o, i) => (
              <li key={i} className="px-4 py-3 text-sm">
                <p className="text-slate-900">
                  <Localized text={o.description} />
                </p>
                <p className="mt-2 flex flex-wrap items-center gap-1.5">
                  <Badge tone="slate">{t(`commitment.${o.commitment}`)}</Badge>
                  <span className="text-xs text-slate-700">
                    {o.side ? t(`outcomeSide.${o.side}`) : t("meeting.sideNotStated")}
                  </span>
                  <span aria-hidden="true" className="text-slate-400">
                    ·
                  </span>
                  <Badge tone={statusTone[o.followUp]}>{t(`followUp.${o.followUp}`)}</Badge>
                </p>
                {o.followUpNote ? (
                  <p className="mt-1 text-xs text-slate-700">
                    <span className="font-medium">{t("meeting.followUp")}</span>{" "}
                    <Localized text={o.followUpNote} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
