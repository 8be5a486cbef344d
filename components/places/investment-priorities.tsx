import { useTranslations } from "next-intl";
import type { PlaceProfile } from "@/lib/data/places";
import { SourceCitation } from "../figures/source-citation";
import { Localized } from "../ui/localized";

/** The sectors a province says it seeks investment in, each with the source that says so. */
export function InvestmentPriorities({ priorities }: { priorities: PlaceProfile["priorities"] }) {
  const t = useTranslations("province");
  if (priorities.length === 0) return <p className="text-sm text-slate-600">{t("seeksNone")}</p>;
  return (
    <ul className="space-y-2">
      {priorities.map((p) => (
        <li key={p.sector.slug} className="text-sm">
          <span className="font-medium">
            <Localized text={p.sector.name} />
          </span>
          {p.note ? (
            <span className="text-slate-700">
              {" "}— <Localized text={p.note} />
            </span>
          ) : null}
          <span className="block">
            <SourceCitation source={p.source} />
          </span>
        </li>
      ))}
    </ul>
  );
}
