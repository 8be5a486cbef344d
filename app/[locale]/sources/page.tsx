import type { Metadata } from "next";
import { SourceCitation } from "@/components/figures/source-citation";
import { listSources } from "@/lib/data/sources";
import { localeFrom } from "@/lib/i18n/params";

export const metadata: Metadata = {
  title: "Sources",
  description: "Every publication the portal's figures, meetings and relationships cite, with its date.",
};

export default async function SourcesPage({ params }: PageProps<"/[locale]/sources">) {
  const locale = await localeFrom(params);
  const sources = await listSources();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Sources</h1>
      <p className="mt-3 max-w-3xl text-slate-700">
        {sources.length} publications. Re-posts and mirrors are marked: where possible, check the original publisher.
      </p>
      <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {sources.map((source) => (
          <li key={source.id} className="p-4">
            <p className="text-sm font-medium text-slate-900">{source.title}</p>
            <SourceCitation source={source} locale={locale} />
            <p className="text-xs text-slate-600">
              Cited by {source._count.observations} figures, {source._count.meetings} meetings, {source._count.relationships} relationships
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
