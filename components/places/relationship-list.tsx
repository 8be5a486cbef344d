import Link from "next/link";
import type { RelationshipView } from "@/lib/data/places";
import type { Locale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { SourceList } from "../figures/source-citation";
import { Localized } from "../ui/localized";
import { PartialDate } from "../ui/partial-date";
import { Badge, Card } from "../ui/section";

const statusTone = { PROPOSED: "amber", SIGNED: "blue", ACTIVE: "green", LAPSED: "slate" } as const;

/** Each relationship with its kind, its state (and how sure we are of it) and its sources. */
export function RelationshipList({ relationships, locale, show }: { relationships: RelationshipView[]; locale: Locale; show: "japanese" | "vietnamese" }) {
  const m = getMessages(locale);
  if (relationships.length === 0) return <p className="text-sm text-slate-600">No relationship recorded.</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {relationships.map((r) => {
        const vn = r.vietnamesePlace;
        const jp = r.japanesePlace;
        const other = show === "japanese" ? jp : vn;
        const href = show === "japanese" ? `/${locale}/partners/${jp.slug}` : `/${locale}/provinces/${vn.slug}`;
        return (
          <Card key={r.slug}>
            <h3 className="font-semibold">
              <Localized text={vn.name} locale={locale} /> – <Localized text={jp.name} locale={locale} />
            </h3>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
              <span>{m.relationshipKind[r.kind]}</span>
              <Badge tone={statusTone[r.status]}>{m.relationshipStatus[r.status]}</Badge>
              {r.statusAsOf ? (
                <span className="text-xs text-slate-600">
                  status as of <PartialDate date={r.statusAsOf} precision={r.statusAsOfPrecision} />
                </span>
              ) : null}
            </p>
            <p className="mt-1 text-sm text-slate-700">
              {r.since ? (
                <>
                  {r.status === "PROPOSED" ? "Proposed" : "Since"} <PartialDate date={r.since} precision={r.sincePrecision} />
                  {r.sinceInferred ? " (year inferred from context)" : ""}.{" "}
                </>
              ) : (
                "Date not found in sources. "
              )}
              {r.endedOn ? (
                <>
                  Ended <PartialDate date={r.endedOn} precision={r.endedPrecision} />.{" "}
                </>
              ) : null}
              <span className="text-slate-600">{m.evidence[r.evidence]}.</span>
            </p>
            <p className="mt-2 text-sm text-slate-700">
              <Localized text={r.summary} locale={locale} />
            </p>
            <p className="mt-2 text-sm">
              <Link href={href}>
                <Localized text={other.name} locale={locale} /> profile →
              </Link>
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer text-xs font-medium text-brand-700">Sources ({r.sources.length})</summary>
              <div className="mt-2">
                <SourceList sources={r.sources} locale={locale} />
              </div>
            </details>
          </Card>
        );
      })}
    </div>
  );
}
