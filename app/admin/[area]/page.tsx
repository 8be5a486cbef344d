import Link from "next/link";
import { inputClass, quietButtonClass } from "@/components/admin/fields";
import { requireUser } from "@/lib/auth/guard";
import { areaFromParam, areaPageMetadata } from "@/lib/content/areas";
import { listDocuments } from "@/lib/content/documents";
import { searchLimits } from "@/lib/schemas/search";

const stateLabel = { draft: "Draft, never published", changed: "Published, with unpublished changes", published: "Published" } as const;

export const generateMetadata = ({ params }: PageProps<"/admin/[area]">) => areaPageMetadata(params, (area) => area.title);

export default async function DocumentListPage({ params, searchParams }: PageProps<"/admin/[area]">) {
  const { key, area } = areaFromParam((await params).area);
  await requireUser(`/admin/${key}`);
  const { deleted, q } = await searchParams;
  // Bounded like public search; the search runs in PostgreSQL (lib/data/search.ts).
  const query = typeof q === "string" ? q.trim().slice(0, searchLimits.queryLength) : "";
  const documents = await listDocuments(key, area, query);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{area.title}</h1>
          <p className="text-sm text-slate-600">{area.description}</p>
        </div>
        <Link href={`/admin/${key}/new`} className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white no-underline hover:bg-brand-800 hover:text-white">
          New {area.noun}
        </Link>
      </div>
      {deleted ? <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm">{area.noun.replace(/^./, (c) => c.toUpperCase())} deleted.</p> : null}
      <form method="get" role="search" className="flex flex-wrap items-end gap-2">
        <div className="grow sm:max-w-sm">
          <label htmlFor="filter-q" className="block text-sm font-medium text-slate-800">Find</label>
          <input id="filter-q" name="q" type="search" defaultValue={query} className={inputClass} />
        </div>
        <button type="submit" className={quietButtonClass}>Find</button>
        {query ? <Link href={`/admin/${key}`} className="px-2 py-1.5 text-sm">Show all</Link> : null}
      </form>
      <p className="text-sm text-slate-600">{documents.length} {documents.length === 1 ? "record" : "records"}{query ? ` matching “${query}”` : ""}</p>
      <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
        {documents.map((d) => (
          <li key={d.key} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <Link href={d.href}>{d.title}</Link>
            <span className={`text-xs ${d.state === "published" ? "text-slate-600" : "font-medium text-amber-800"}`}>{stateLabel[d.state]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
