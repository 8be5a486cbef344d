import type { MeetingDetail } from "@/lib/data/meetings";
import type { Side } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { Localized } from "../ui/localized";
import { Card } from "../ui/section";

const sideOrder: Side[] = ["VIETNAM", "JAPAN", "OTHER"];

/** Who attended, by side: named people with their titles at the time, then groups the sources name. */
export function ParticipantList({ meeting, locale }: { meeting: Pick<MeetingDetail, "participants" | "attendeeGroups">; locale: Locale }) {
  const m = getMessages(locale);
  const sides = sideOrder
    .map((side) => ({ side, people: meeting.participants.filter((p) => p.side === side), groups: meeting.attendeeGroups.filter((g) => g.side === side) }))
    .filter(({ people, groups }) => people.length + groups.length > 0);
  if (sides.length === 0) return <p className="text-sm text-slate-600">Participants not named in the sources.</p>;
  return (
    <div className="grid items-start gap-4 md:grid-cols-2">
      {sides.map(({ side, people, groups }) => (
        <Card key={side}>
          <h3 className="font-semibold">{m.side[side]}</h3>
          {people.length > 0 ? (
            <ul className="mt-2 space-y-3 text-sm">
              {people.map((p, i) => (
                <li key={i}>
                  <span className="font-medium">
                    <Localized text={p.name} locale={locale} />
                  </span>
                  {p.title || p.organisation ? (
                    <span className="block text-slate-700">
                      {p.title ? <Localized text={p.title} locale={locale} /> : null}
                      {p.title && p.organisation ? ", " : null}
                      {p.organisation ? <Localized text={p.organisation} locale={locale} /> : null}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {groups.length > 0 ? (
            <>
              <h4 className="mt-4 text-xs font-semibold uppercase tracking-wide text-slate-600">{m.meeting.alsoPresent}</h4>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-800">
                {groups.map((g, i) => (
                  <li key={i}>
                    <Localized text={g.name} locale={locale} />
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
