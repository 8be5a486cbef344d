import { useLocale, useTranslations } from "next-intl";
import type { ExplorerObservation } from "@/lib/data/explorer";
import { conversionYear, isCurrency } from "@/lib/exchange";
import type { Currency } from "@/lib/generated/prisma/enums";
import { formatConverted } from "@/lib/format/converted";
import { intlLocale } from "@/lib/i18n/config";

/**
 * The converted value with every rate it used (rate, year, publisher, link), or why there is
 * none: not money, already in that currency, a period across years, or no stored rate.
 */
export function ConversionCell({
  observation: o,
  target,
}: {
  observation: ExplorerObservation;
  target: Currency;
}) {
  const locale = useLocale();
  const t = useTranslations("explorer.conversion");
  if (!o.converted) {
    const reason = !isCurrency(o.unit)
      ? "notMoney"
      : o.unit === target
        ? "same"
        : conversionYear(o) === null
          ? "period"
          : "noRate";
    return (
      <span className="text-xs text-slate-600">
        {t(reason, { currency: target, year: Number(o.asOf.slice(0, 4)) })}
      </span>
    );
  }
  const rate = new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 4 });
  return (
    <div>
      <span className="whitespace-nowrap font-medium tabular-nums">
        {formatConverted(o.converted, o, locale)}
      </span>
      <ul className="mt-1 space-y-0.5 text-xs text-slate-600">
        {o.converted.ratesUsed.map((r) => (
          <li key={`${r.base}${r.quote}${r.year}`}>
            {t("rate", {
              base: r.base,
              quote: r.quote,
              rate: rate.format(Number(r.rate)),
              year: r.year,
            })}{" "}
            <a
              href={r.source.url}
              rel="noopener noreferrer"
              lang={locale === "en" ? undefined : "en"}
            >
              {r.source.publisher}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
