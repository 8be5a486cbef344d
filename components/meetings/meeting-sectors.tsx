import type { MeetingCard } from "@/lib/data/meetings";
import type { Locale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { Localized } from "../ui/localized";
import { Badge } from "../ui/section";

function SectorBadges({ sectors, locale, tone }: { sectors: MeetingCard["sectors"]; locale: Locale; tone?: "green" }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {sectors.map((s) => (
        <li key={s.slug}>
          <Badge tone={tone}>
            <Localized text={s.name} locale={locale} />
          </Badge>
        </li>
      ))}
    </ul>
  );
}

/** The fields where investment was sought, apart from the other sectors discussed. */
export function MeetingSectors({ sectors, locale }: { sectors: MeetingCard["sectors"]; locale: Locale }) {
  const m = getMessages(locale);
  const sought = sectors.filter((s) => s.investmentSought);
  const other = sectors.filter((s) => !s.investmentSought);
  if (sectors.length === 0) return <p className="text-sm text-slate-600">Not stated.</p>;
  if (sought.length === 0) return <SectorBadges sectors={other} locale={locale} />;
  return (
    <div className="space-y-4">
      <div id="investment-sought">
        <h3 className="text-sm font-semibold text-slate-800">{m.meeting.investmentSought}</h3>
        <div className="mt-2">
          <SectorBadges sectors={sought} locale={locale} tone="green" />
        </div>
      </div>
      {other.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-800">{m.meeting.otherSectors}</h3>
          <div className="mt-2">
            <SectorBadges sectors={other} locale={locale} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
