import { useTranslations } from "next-intl";
import type { MeetingDetail } from "@/lib/data/meetings";
import { Localized, PersonName } from "../ui/localized";
import { Card } from "../ui/section";

const sideOrder = ["VIETNAM", "JAPAN", "OTHER"] as const;

/** Who attended, by side, with the title and organisation each held at the time. */
export function MeetingParticipants({ participants }: { participants: MeetingDetail["participants"] }) {
  const t = useTranslations();
  const sides = sideOrder.map((side) => ({ side, people: participants.filter((p) => p.side === side) })).filter((group) => group.people.length > 0);
  if (sides.length === 0) return <p className="text-sm text-slate-600">{t("meeting.participantsNone")}</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {sides.map(({ side, people }) => (
        <Card key={side}>
          <h3 className="font-semibold">{t(`side.${side}`)}</h3>
          <ul className="mt-2 space-y-2 text-sm">
            {people.map((p, i) => (
              <li key={i}>
                <span className="font-medium">
                  <PersonName name={p.name} />
                </span>
                {p.title || p.organisation ? (
                  <span className="block text-slate-600">
                    {p.title ? <Localized text={p.title} /> : null}
                    {p.title && p.organisation ? ", " : null}
                    {p.organisation ? <Localized text={p.organisation} /> : null}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}
