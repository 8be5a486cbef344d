import { useTranslations } from "next-intl";
import type { MeetingDetail } from "@/lib/data/meetings";
import { Localized } from "../ui/localized";
import { Badge } from "../ui/section";

const commitmentTone = { PROPOSED: "amber", AGREED: "green", PLEDGED: "blue" } as const;

/** What was proposed, agreed or pledged, and what is known of its follow-up. */
export function MeetingOutcomes({ outcomes }: { outcomes: MeetingDetail["outcomes"] }) {
  const t = useTranslations();
  if (outcomes.length === 0) return <p className="text-sm text-slate-600">{t("meeting.outcomesNone")}</p>;
  return (
    <ul className="space-y-3">
      {outcomes.map((o, i) => (
        <li key={i} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <p className="flex flex-wrap gap-2">
            <Badge tone={commitmentTone[o.commitment]}>{t(`commitment.${o.commitment}`)}</Badge>
            <Badge>{t(`followUp.${o.followUp}`)}</Badge>
          </p>
          <p className="mt-2">
            <Localized text={o.description} />
          </p>
          {o.followUpNote ? (
            <p className="mt-1 text-slate-600">
              {t("meeting.followUp")} <Localized text={o.followUpNote} />
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
