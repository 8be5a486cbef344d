import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { SearchGroup } from "@/lib/data/search";
import { hitHref, type Profiles } from "@/lib/search/links";
import { HighlightedTitle } from "./highlighted-title";
import { HitContext } from "./hit-context";

/** Results grouped by kind, best group first, each result linked to the page that shows it. */
export function SearchResults({ groups, profiles }: { groups: SearchGroup[]; profiles: Profiles }) {
  const locale = useLocale();
  const t = useTranslations("search");
  return (
    <div className="mt-6 space-y-8">
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`results-${group.kind}`}>
          <h2 id={`results-${group.kind}`} className="text-lg font-semibold text-slate-900">
            {t(`kind.${group.kind}`)}{" "}
            <span className="text-sm font-normal text-slate-600">({group.hits.length})</span>
          </h2>
          <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {group.hits.map((hit) => {
              const href = hitHref(hit, profiles);
              const title = <HighlightedTitle hit={hit} />;
              return (
                <li key={hit.id} className="px-4 py-3">
                  <p className="font-medium">
                    {href === null ? (
                      title
                    ) : href.startsWith("http") ? (
                      <a href={href} rel="noopener noreferrer">
                        {title}
                      </a>
                    ) : (
                      <Link href={`/${locale}${href}`}>{title}</Link>
                    )}
                  </p>
                  <p className="mt-0.5 text-xs text-slate-600">
                    <HitContext hit={hit} />
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
