import { useLocale, useTranslations } from "next-intl";
import type { ExplorerPlace } from "@/lib/data/explorer";
import { markPath, seriesColours } from "@/lib/explorer/chart";
import { localize } from "@/lib/i18n/text";

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg viewBox="-12 -8 24 16" width="24" height="16" aria-hidden="true" className="shrink-0">
      {children}
    </svg>
  );
}

/** What each colour and mark means, in HTML beside the chart (it wraps on a phone instead of being cut). */
export function ChartLegend({
  places,
  hasConflict,
  hasRange,
}: {
  places: ExplorerPlace[];
  hasConflict: boolean;
  hasRange: boolean;
}) {
  const locale = useLocale();
  const t = useTranslations("explorer.legend");
  return (
    <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm text-slate-800">
      {places.map((p, i) => {
        const { value, lang } = localize(p.name, locale);
        const colour = seriesColours[i % seriesColours.length];
        return (
          <li key={p.slug} className="flex items-center gap-1.5">
            <Swatch>
              <line x1="-11" x2="11" y1="0" y2="0" stroke={colour} strokeWidth="2" />
              <path d={markPath(i, 48)} fill={colour} />
            </Swatch>
            <span lang={lang === locale ? undefined : lang}>{value}</span>
          </li>
        );
      })}
      {hasConflict ? (
        <li className="flex items-center gap-1.5">
          <Swatch>
            <path
              d={markPath(0, 48)}
              transform="translate(-5,0)"
              fill="#ffffff"
              stroke="#334155"
              strokeWidth="2"
            />
            <path
              d={markPath(0, 48)}
              transform="translate(5,0)"
              fill="#ffffff"
              stroke="#334155"
              strokeWidth="2"
            />
          </Swatch>
          {t("conflict")}
        </li>
      ) : null}
      {hasRange ? (
        <li className="flex items-center gap-1.5">
          <Swatch>
            <rect
              x="-4"
              y="-7"
              width="8"
              height="14"
              fill="#334155"
              fillOpacity="0.25"
              stroke="#334155"
              strokeWidth="1.5"
            />
          </Swatch>
          {t("range")}
        </li>
      ) : null}
    </ul>
  );
}
