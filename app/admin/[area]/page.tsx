import Link from "next/link";
import { inputClass, quietButtonClass } from "@/components/admin/fields";
import { requireUser } from "@/lib/auth/guard";
import { areaFromParam, areaPageMetadata } from "@/lib/content/areas";
import { listDocuments } from "@/lib/content/documents";
import {
  translationGap,
  translationGapValues,
  type TranslationGapValue,
} from "@/lib/schemas/document";
import { searchLimits } from "@/lib/schemas/search";

const stateLabel = {
  draft: "Draft, never published",
  changed: "Published, with unpublished changes",
  published: "Published",
} as const;

/** The list's translation filter (lib/content/translation-gaps.ts): a record is judged by its draft when it has one. */
const gapLabel: Record<TranslationGapValue, string> = {
  "missing-vi": "missing Vietnamese",
  "missing-ja": "missing Japanese",
  "outdated-vi": "with outdated Vietnamese",
  "outdated-ja": "with outdated Japanese",
};

const plural = new Intl.PluralRules("en");

export const generateMetadata = ({ params }: PageProps<"/admin/[area]">) =>
  areaPageMetadata(params, (area) => area.title);

export default async function DocumentListPage({
  params,
  searchParams,
}: PageProps<"/admin/[area]">) {
  const { key, area } = areaFromParam((await params).area);
  await requireUser(`/admin/${key}`);
  const { deleted, q, translation } = await searchParams;
  // Bounded like public search; the search runs in PostgreSQL (lib/data/search.ts).
  const query = typeof q === "string" ? q.trim().slice(0, searchLimits.queryLength) : "";
  // People's names are not translations: their list has no such filter.
  const gap = area.adapter.namesOnly ? undefined : translationGap(translation);
  const documents = await listDocuments(key, area, query, gap);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{area.title}</h1>
          <p className="text-sm text-slate-600">{area.description}</p>
        </div>
        <Link
          href={`/admin/${key}/new`}
          className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white no-underline hover:bg-brand-800 hover:text-white"
        >
          New {area.noun}
        </Link>
      </div>
      {deleted ? (
        <p
          role="status"
          className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm"
        >
          {area.noun.replace(/^./, (c) => c.toUpperCase())} deleted.
        </p>
      ) : null}
      <form method="get" role="search" className="flex flex-wrap items-end gap-2">
        <div className="grow sm:max-w-sm">
          <label htmlFor="filter-q" className="block text-sm font-medium text-slate-800">
            Find
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={query} className={inputClass} />
        </div>
        {area.adapter.namesOnly ? null : (
          <div>
            <label
              htmlFor="filter-translation"
              className="block text-sm font-medium text-slate-800"
            >
              Translations
            </label>
            <select
              id="filter-translation"
              name="translation"
              defaultValue={gap?.value ?? ""}
              className={inputClass}
            >
              <option value="">All records</option>
              {translationGapValues.map((value) => (
                <option key={value} value={value}>
                  {gapLabel[value].replace(/^./, (c) => c.toUpperCase())}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className={quietButtonClass}>
          Find
        </button>
        {query || gap ? (
          <Link href={`/admin/${key}`} className="px-2 py-1.5 text-sm">
            Show all
          </Link>
        ) : null}
      </form>
      <p className="text-sm text-slate-600">
        {documents.length} {plural.select(documents.length) === "one" ? "record" : "records"}
        {gap ? ` ${gapLabel[gap.value]}` : ""}
        {query ? ` matching “${query}”` : ""}
      </p>
      <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
        {documents.map((d) => (
          <li key={d.key} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <Link href={d.href}>{d.title}</Link>
            <span
              className={`text-xs ${d.state === "published" ? "text-slate-600" : "font-medium text-amber-800"}`}
            >
              {stateLabel[d.state]}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
