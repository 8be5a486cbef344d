import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { PlaceProfile } from "@/lib/data/places";
import { formatTerritoryLabel } from "@/lib/format/territory";
import { t as inLanguage } from "@/lib/i18n/text";
import { SourceCitation } from "../figures/source-citation";
import { Localized } from "../ui/localized";
import { dateValues } from "../ui/partial-date";

/** The territories a place has had, oldest first, with what they came from. */
export function BoundaryHistory({ profile }: { profile: PlaceProfile }) {
  const locale = useLocale();
  const t = useTranslations("boundary");
  return (
    <ol className="space-y-4 border-l-2 border-brand-100 pl-4">
      {profile.territories.map((territory) => (
        <li key={territory.id}>
          <h3 className="font-medium">{formatTerritoryLabel(territory.bounds, locale)}</h3>
          {territory.note ? (
            <p className="text-sm text-slate-700">
              <Localized text={territory.note} />
            </p>
          ) : null}
          {territory.predecessors.length > 0 ? (
            <div className="mt-1 text-sm text-slate-700">
              {t.rich(
                "formedFrom",
                dateValues(
                  { date: territory.predecessors[0].effectiveOn, precision: "DAY" },
                  locale,
                ),
              )}
              <ul className="ml-5 list-disc">
                {territory.predecessors.map((p) => (
                  <li key={p.place.slug + p.effectiveOn.toISOString()}>
                    {formatTerritoryLabel(p.bounds, locale)}
                    {p.source ? (
                      <>
                        {" "}
                        — <SourceCitation source={p.source} />
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {territory.successors
            .filter((s) => s.place.slug !== profile.slug)
            .map((s) => (
              <p key={s.place.slug} className="mt-1 text-sm text-slate-700">
                {t.rich("becamePartOf", {
                  ...dateValues({ date: s.effectiveOn, precision: "DAY" }, locale),
                  place: inLanguage(s.place.name, locale),
                  link: (chunks) => (
                    <Link href={`/${locale}/provinces/${s.place.slug}`}>{chunks}</Link>
                  ),
                })}
              </p>
            ))}
        </li>
      ))}
    </ol>
  );
}
