import type { FigureSource } from "@/lib/figures";
import { getMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/config";
import { PartialDate } from "../ui/partial-date";

/** Who published a figure, where, and when: the line that makes a number trustworthy. */
export function SourceCitation({ source, locale }: { source: FigureSource; locale: Locale }) {
  const m = getMessages(locale);
  return (
    <span className="text-xs text-slate-600">
      <a href={source.url} className="underline" rel="noopener noreferrer" target="_blank">
        {source.publisher}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
      {source.publishedOn ? (
        <>
          , <PartialDate date={source.publishedOn} precision={source.publishedPrecision} />
        </>
      ) : (
        ", publication date not given"
      )}
      {source.kind !== "PRIMARY" ? <span className="text-amber-800"> · {m.sourceKind[source.kind]}</span> : null}
    </span>
  );
}

export function SourceList({ sources, locale }: { sources: FigureSource[]; locale: Locale }) {
  return (
    <ul className="space-y-1">
      {sources.map((source) => (
        <li key={source.id}>
          <span className="block text-sm text-slate-800">{source.title}</span>
          <SourceCitation source={source} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
