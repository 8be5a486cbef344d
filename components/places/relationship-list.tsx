import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { RelationshipView } from "@/lib/data/places";
import { t as inLanguage } from "@/lib/i18n/text";
import { SourceList } from "../figures/source-citation";
import { Localized } from "../ui/localized";
import { dateValues } from "../ui/partial-date";
import { Badge, Card } from "../ui/section";

const statusTone = { PROPOSED: "amber", SIGNED: "blue", ACTIVE: "green", LAPSED: "slate" } as const;

/** When it began (or was proposed), when it ended, and how sure the sources are. */
function RelationshipDates({ r }: { r: RelationshipView }) {
  const locale = useLocale();
  const t = useTranslations();
  const inferred = r.sinceInferred ? "true" : "false";
  return (
    <p className="mt-1 text-sm text-slate-700">
      {r.since
        ? t.rich(r.status === "PROPOSED" ? "relationship.proposed" : "relationship.since", {
            ...dateValues({ date: r.since, precision: r.sincePrecision }, locale),
            inferred,
          })
        : t("relationship.dateUnknown")}{" "}
      {r.endedOn ? (
        <>
          {t.rich(
            "relationship.ended",
            dateValues({ date: r.endedOn, precision: r.endedPrecision }, locale),
          )}{" "}
        </>
      ) : null}
      <span className="text-slate-600">
        {t("relationship.evidence", { label: t(`evidence.${r.evidence}`) })}
      </span>
    </p>
  );
}

/** Each relationship with its kind, its state (and how sure we are of it) and its sources. */
export function RelationshipList({
  relationships,
  show,
}: {
  relationships: RelationshipView[];
  show: "japanese" | "vietnamese";
}) {
  const locale = useLocale();
  const t = useTranslations();
  if (relationships.length === 0)
    return <p className="text-sm text-slate-600">{t("relationship.none")}</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {relationships.map((r) => {
        const vn = r.vietnamesePlace;
        const jp = r.japanesePlace;
        const other = show === "japanese" ? jp : vn;
        const href =
          show === "japanese"
            ? `/${locale}/partners/${jp.slug}`
            : `/${locale}/provinces/${vn.slug}`;
        return (
          <Card key={r.slug}>
            <h3 className="font-semibold">
              <Localized text={vn.name} /> – <Localized text={jp.name} />
            </h3>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
              <span>{t(`relationshipKind.${r.kind}`)}</span>
              <Badge tone={statusTone[r.status]}>{t(`relationshipStatus.${r.status}`)}</Badge>
              {r.statusAsOf ? (
                <span className="text-xs text-slate-600">
                  {t.rich(
                    "relationship.statusAsOf",
                    dateValues({ date: r.statusAsOf, precision: r.statusAsOfPrecision }, locale),
                  )}
                </span>
              ) : null}
            </p>
            <RelationshipDates r={r} />
            <p className="mt-2 text-sm text-slate-700">
              <Localized text={r.summary} />
            </p>
            <p className="mt-2 text-sm">
              <Link href={href}>
                {t("relationship.profile", { name: inLanguage(other.name, locale) })}
              </Link>
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer text-xs font-medium text-brand-700">
                {t("relationship.sources", { count: r.sources.length })}
              </summary>
              <div className="mt-2">
                <SourceList sources={r.sources} />
              </div>
            </details>
          </Card>
        );
      })}
    </div>
  );
}
