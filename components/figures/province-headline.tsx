import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { Headline } from "@/lib/data/headlines";
import type { PlaceSummary } from "@/lib/data/places";
import { Localized } from "../ui/localized";
import { Card } from "../ui/section";
import { EntryDate, FigureEntryView } from "./figure-reading";

/** A province's card on the home page: its summary and Japan's cumulative FDI there, with sources. */
export function ProvinceHeadline({
  province,
  headline,
}: {
  province: PlaceSummary;
  headline?: Headline;
}) {
  const locale = useLocale();
  const t = useTranslations("home");
  const entries = [headline?.capital, headline?.projects].filter((entry) => entry != null);
  return (
    <Card>
      <h3 className="text-lg font-semibold">
        <Link href={`/${locale}/provinces/${province.slug}`}>
          <Localized text={province.name} />
        </Link>
      </h3>
      {province.summary ? (
        <p className="mt-1 text-sm text-slate-700">
          <Localized text={province.summary} />
        </p>
      ) : null}
      <h4 className="mt-4 text-sm font-semibold text-slate-800">{t("japaneseInvestment")}</h4>
      {entries.length === 0 ? <p className="mt-1 text-sm text-slate-600">{t("noFigure")}</p> : null}
      {entries.map((entry, i) => (
        <div key={i} className="mt-1 text-sm">
          <p className="text-xs text-slate-600">
            <EntryDate entry={entry} />
          </p>
          <FigureEntryView entry={entry} />
        </div>
      ))}
    </Card>
  );
}
