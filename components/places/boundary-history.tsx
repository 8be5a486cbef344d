import Link from "next/link";
import type { PlaceProfile } from "@/lib/data/places";
import type { Locale } from "@/lib/i18n/config";
import { SourceCitation } from "../figures/source-citation";
import { Localized } from "../ui/localized";
import { PartialDate } from "../ui/partial-date";

/** The territories a place has had, oldest first, with what they came from. */
export function BoundaryHistory({ profile, locale }: { profile: PlaceProfile; locale: Locale }) {
  return (
    <ol className="space-y-4 border-l-2 border-brand-100 pl-4">
      {profile.territories.map((territory) => (
        <li key={territory.id}>
          <h3 className="font-medium">
            <Localized text={territory.label} locale={locale} />
          </h3>
          {territory.note ? (
            <p className="text-sm text-slate-700">
              <Localized text={territory.note} locale={locale} />
            </p>
          ) : null}
          {territory.predecessors.length > 0 ? (
            <div className="mt-1 text-sm text-slate-700">
              Formed on <PartialDate date={territory.predecessors[0].effectiveOn} precision="DAY" /> from:
              <ul className="ml-5 list-disc">
                {territory.predecessors.map((p) => (
                  <li key={p.label.en}>
                    <Localized text={p.label} locale={locale} />
                    {p.source ? (
                      <>
                        {" "}— <SourceCitation source={p.source} locale={locale} />
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {territory.successors.filter((s) => s.place.slug !== profile.slug).map((s) => (
            <p key={s.place.slug} className="mt-1 text-sm text-slate-700">
              Became part of{" "}
              <Link href={`/${locale}/provinces/${s.place.slug}`}>
                <Localized text={s.place.name} locale={locale} />
              </Link>{" "}
              on <PartialDate date={s.effectiveOn} precision="DAY" />.
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
