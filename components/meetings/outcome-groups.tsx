import { useTranslations } from "next-intl";
import type { MeetingDetail } from "@/lib/data/meetings";
import type { Commitment, OutcomeSide } from "@/lib/generated/prisma/enums";
import { Localized } from "../ui/localized";
import { Badge } from "../ui/section";

type Outcome = MeetingDetail["outcomes"][number];

const kinds: Commitment[] = ["PROPOSED", "AGREED", "PLEDGED"];
const sides: (OutcomeSide | null)[] = ["VIETNAM", "JAPAN", "BOTH", "OTHER", null];
const sideTone = {
  VIETNAM: "border-l-red-400",
  JAPAN: "border-l-sky-500",
  BOTH: "border-l-emerald-500",
  OTHER: "border-l-slate-400",
} as const;

/**
 * Outcomes grouped by what they are (asked for, agreed, promised) and, within each, by who
 * proposed, agreed or pledged them: what each side asked for and promised, at a glance.
 */
export function OutcomeGroups({ outcomes }: { outcomes: Outcome[] }) {
  const t = useTranslations();
  if (outcomes.length === 0)
    return <p className="text-sm text-slate-600">{t("meeting.outcomesNone")}</p>;
  const groups = kinds
    .map((kind) => ({
      kind,
      bySide: sides
        .map((side) => ({
          side,
          items: outcomes.filter((o) => o.commitment === kind && o.side === side),
        }))
        .filter((s) => s.items.length > 0),
    }))
    .filter((g) => g.bySide.length > 0);
  return (
    <div className="space-y-6">
      {groups.map(({ kind, bySide }) => (
        <section key={kind} aria-labelledby={`outcomes-${kind}`}>
          <h3 id={`outcomes-${kind}`} className="font-semibold text-slate-900">
            {t(`meeting.outcomeGroup.${kind}`)}
          </h3>
          <div
            className={`mt-2 grid items-start gap-4 ${bySide.length > 1 ? "md:grid-cols-2" : ""}`}
          >
            {bySide.map(({ side, items }) => (
              <div
                key={side ?? "unknown"}
                className={`rounded-lg border border-l-4 border-slate-200 bg-white p-4 ${sideTone[side ?? "OTHER"]}`}
              >
                <h4 className="text-sm font-semibold text-slate-700">
                  {side ? t(`outcomeSide.${side}`) : t("meeting.sideNotStated")}
                </h4>
                <ul className="mt-2 space-y-3 text-sm">
                  {items.map((o, i) => (
                    <li key={i}>
                      <p className="text-slate-900">
                        <Localized text={o.description} />
                      </p>
                      {/* Follow-up is shown where known; the section's introduction says so. */}
                      {o.followUp !== "UNKNOWN" || o.followUpNote ? (
                        <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-600">
                          {o.followUp !== "UNKNOWN" ? (
                            <Badge>{t(`followUp.${o.followUp}`)}</Badge>
                          ) : null}
                          {o.followUpNote ? <Localized text={o.followUpNote} /> : null}
                        </p>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
