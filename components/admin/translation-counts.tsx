// The dashboard's view of translations: per kind of record, how many miss a Vietnamese or
// Japanese text, or hold one made from an older English. Each count links to the list filtered so.
import Link from "next/link";
import type { GapCounts } from "@/lib/content/translation-gaps";

export interface TranslationCountRow {
  area: string;
  title: string;
  counts: GapCounts;
}

const columns = [
  { key: "missing_vi", filter: "missing-vi", label: "Vietnamese missing" },
  { key: "outdated_vi", filter: "outdated-vi", label: "Vietnamese outdated" },
  { key: "missing_ja", filter: "missing-ja", label: "Japanese missing" },
  { key: "outdated_ja", filter: "outdated-ja", label: "Japanese outdated" },
] as const;

export function TranslationCounts({ rows }: { rows: TranslationCountRow[] }) {
  return (
    <section aria-labelledby="translations-heading" className="space-y-2">
      <h2 id="translations-heading" className="text-xl font-semibold">
        Translations
      </h2>
      <p className="text-sm text-slate-600">
        Records whose Vietnamese or Japanese text is missing, or was translated before the English
        last changed (a draft counts over its published version).
      </p>
      <div className="relative overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left">
            <tr>
              <th scope="col" className="p-2 font-medium">
                Records
              </th>
              {columns.map((c) => (
                <th key={c.key} scope="col" className="p-2 text-right font-medium">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((row) => (
              <tr key={row.area}>
                <th scope="row" className="p-2 text-left font-normal">
                  {row.title}
                </th>
                {columns.map((c) => (
                  <td key={c.key} className="p-2 text-right tabular-nums">
                    {row.counts[c.key] > 0 ? (
                      <Link
                        href={`/admin/${row.area}?translation=${c.filter}`}
                        aria-label={`${row.counts[c.key]} ${row.title.toLowerCase()}: ${c.label.toLowerCase()}`}
                        className="font-medium text-amber-900"
                      >
                        {row.counts[c.key]}
                      </Link>
                    ) : (
                      <span className="text-slate-500">0</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
