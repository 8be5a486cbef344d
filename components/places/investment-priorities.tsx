import { useLocale, useTranslations } from "next-intl";
import type { PlaceProfile } from "@/lib/data/places";
import { t as inLanguage } from "@/lib/i18n/text";
import { SourceCitation } from "../figures/source-citation";
import { Localized } from "../ui/localized";
import { Badge } from "../ui/section";

type Priority = PlaceProfile["priorities"][number];

/** Priorities stated together (one source, one note) form one statement: the fields, then who said so. */
function statements(priorities: Priority[]) {
  const byStatement = new Map<string, Priority[]>();
  for (const p of priorities) {
    const key = `${p.source.id}|${p.note?.en ?? ""}`;
    byStatement.set(key, [...(byStatement.get(key) ?? []), p]);
  }
  return [...byStatement.values()];
}

/** What a province says it seeks investment in, each statement with its source. */
export function InvestmentPriorities({ priorities }: { priorities: Priority[] }) {
  const locale = useLocale();
  const t = useTranslations("province");
  if (priorities.length === 0) return <p className="text-sm text-slate-600">{t("seeksNone")}</p>;
  const collator = new Intl.Collator(locale);
  const byName = (a: Priority, b: Priority) =>
    collator.compare(inLanguage(a.sector.name, locale), inLanguage(b.sector.name, locale));
  return (
    <ul className="space-y-4">
      {statements(priorities).map((group) => {
        const [{ note, source }] = group;
        return (
          <li
            key={`${source.id}-${group[0].sector.slug}`}
            className="rounded-lg border border-slate-200 bg-white p-4"
          >
            <ul className="flex flex-wrap gap-2" aria-label={t("fields")}>
              {[...group].sort(byName).map((p) => (
                <li key={p.sector.slug}>
                  <Badge tone="green">
                    <Localized text={p.sector.name} />
                  </Badge>
                </li>
              ))}
            </ul>
            {note ? (
              <p className="mt-2 text-sm text-slate-700">
                <Localized text={note} />
              </p>
            ) : null}
            <p className="mt-1">
              <SourceCitation source={source} />
            </p>
          </li>
        );
      })}
    </ul>
  );
}
