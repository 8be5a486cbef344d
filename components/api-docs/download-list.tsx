import { useTranslations } from "next-intl";
import { downloadFilters, downloadTables } from "@/lib/schemas/downloads";
import { Code } from "./code";

/** Each downloadable table's addresses (CSV and JSON) and the filters it takes. */
export function DownloadList() {
  const t = useTranslations("apiDocs");
  return (
    <ul className="space-y-2 text-sm">
      {downloadTables.map((table) => (
        <li key={table}>
          <Code>/api/downloads/{table}.csv</Code> · <Code>.json</Code>
          <span className="ml-2 text-xs text-slate-700">
            {t("filters")}{" "}
            <code lang="en">{Object.keys(downloadFilters[table].shape).join(", ")}</code>
          </span>
        </li>
      ))}
    </ul>
  );
}
