import { useLocale, useTranslations } from "next-intl";
import type { DownloadTable } from "@/lib/schemas/downloads";

/** The download address of a table with a page's filters, names in the page's language. */
export function downloadHref(
  table: DownloadTable,
  format: "csv" | "json",
  filter: Record<string, string | number | string[] | undefined>,
  locale: string,
) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    for (const one of Array.isArray(value) ? value : [value])
      if (one !== undefined) params.append(name, String(one));
  }
  params.set("locale", locale);
  return `/api/downloads/${table}.${format}?${params}`;
}

/**
 * "Download this table: CSV · JSON", with exactly the filters the page shows, so the file holds
 * the rows on screen (plus the source, as-of, licence and citation columns).
 */
export function DownloadLinks({
  table,
  filter = {},
  label,
}: {
  table: DownloadTable;
  filter?: Record<string, string | number | string[] | undefined>;
  label?: string;
}) {
  const locale = useLocale();
  const t = useTranslations("dataDownloads");
  return (
    <p
      className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700"
      data-downloads={table}
    >
      <span>{label ?? t("label")}</span>
      {(["csv", "json"] as const).map((format) => (
        <a
          key={format}
          href={downloadHref(table, format, filter, locale)}
          download
          className="inline-flex items-center gap-1 rounded border border-slate-300 bg-white px-2 py-0.5 font-medium no-underline hover:border-brand-600"
        >
          {t(format)}
        </a>
      ))}
      <span className="text-xs text-slate-600">{t("licence")}</span>
    </p>
  );
}
