import { useTranslations } from "next-intl";
import type { MeetingCard } from "@/lib/data/meetings";
import { Localized } from "../ui/localized";
import { Badge } from "../ui/section";

function SectorBadges({ sectors, tone }: { sectors: MeetingCard["sectors"]; tone?: "green" }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {sectors.map((s) => (
        <li key={s.slug}>
          <Badge tone={tone}>
            <Localized text={s.name} />
          </Badge>
        </li>
      ))}
    </ul>
  );
}

/** The fields where investment was sought, apart from the other sectors discussed. */
export function MeetingSectors({ sectors }: { sectors: MeetingCard["sectors"] }) {
  const t = useTranslations("meeting");
  const sought = sectors.filter((s) => s.investmentSought);
  const other = sectors.filter((s) => !s.investmentSought);
  if (sectors.length === 0) return <p className="text-sm text-slate-600">{t("sectorsNone")}</p>;
  if (sought.length === 0) return <SectorBadges sectors={other} />;
  return (
    <div className="space-y-4">
      <div id="investment-sought">
        <h3 className="text-sm font-semibold text-slate-800">{t("investmentSought")}</h3>
        <div className="mt-2">
          <SectorBadges sectors={sought} tone="green" />
        </div>
      </div>
      {other.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-800">{t("otherSectors")}</h3>
          <div className="mt-2">
            <SectorBadges sectors={other} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
