import { useTranslations } from "next-intl";
import type { MeetingDetail } from "@/lib/data/meetings";
import type { Side } from "@/lib/generated/prisma/enums";
import { Localized, PersonName } from "../ui/localized";
import { Card } from "../ui/section";

const sideOrder: Side[] = ["VIETNAM", "JAPAN", "OTHER"];

/** Who attended, by side: named people with their titles at the time, then groups the sources name. */
export function ParticipantList({
  meeting,
}: {
  meeting: Pick<MeetingDetail, "participants" | "attendeeGroups">;
}) {
  const t = useTranslations();
  const sides = sideOrder
    .map((side) => ({
      side,
      people: meeting.participants.filter((p) => p.side === side),
      groups: meeting.attendeeGroups.filter((g) => g.side === side),
    }))
    .filter(({ people, groups }) => people.length + groups.length > 0);
  if (sides.length === 0)
    return <p className="text-sm text-slate-600">{t("meeting.participantsNone")}</p>;
  return (
    <div className="grid items-start gap-4 md:grid-cols-2">
      {sides.map(({ side, people, groups }) => (
        <Card key={side}>
          <h3 className="font-semibold">{t(`side.${side}`)}</h3>
          {people.length > 0 ? (
            <ul className="mt-2 space-y-3 text-sm">
              {people.map((p, i) => (
                <li key={i}>
                  <span className="font-medium">
                    <PersonName name={p.name} />
                  </span>
                  {p.title || p.organisation ? (
                    <span className="block text-slate-700">
                      {p.title && p.organisation ? (
                        // Each language joins an office to its organisation in its own order:
                        // "Chủ tịch UBND tỉnh Nghệ An", "ゲアン省人民委員会委員長".
                        t.rich("role.titled", {
                          title: () => <Localized text={p.title!} />,
                          organisation: () => <Localized text={p.organisation!} />,
                        })
                      ) : p.title ? (
                        <Localized text={p.title} />
                      ) : p.organisation ? (
                        <Localized text={p.organisation} />
                      ) : null}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {groups.length > 0 ? (
            <>
              <h4 className="mt-4 text-xs font-semibold uppercase tracking-wide text-slate-600">
                {t("meeting.alsoPresent")}
              </h4>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-800">
                {groups.map((g, i) => (
                  <li key={i}>
                    <Localized text={g.name} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      ))}
    </div>
  );
}
