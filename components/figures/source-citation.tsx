import { useLocale, useTranslations } from "next-intl";
import type { FigureSource } from "@/lib/figures";
import { dateValues } from "../ui/partial-date";

// A source's publisher and title are bibliographic data, kept as the seed and the editors
// recorded them (in English so far); they carry lang="en" so that a Vietnamese or Japanese
// page does not pass them off as its own language.
const bibliographicLang = "en";

/** The lang a publisher or title needs on a page in `locale` (none on an English page). */
function sourceLang(locale: string): string | undefined {
  return locale === bibliographicLang ? undefined : bibliographicLang;
}

/** Who published a figure, where, and when: the line that makes a number trustworthy. */
export function SourceCitation({ source }: { source: FigureSource }) {
  const locale = useLocale();
  const t = useTranslations();
  return (
    <span className="fine">
      <a href={source.url} className="underline" rel="noopener noreferrer" target="_blank">
        <span lang={sourceLang(locale)}>{source.publisher}</span>
        <span className="sr-only"> {t("source.newTab")}</span>
      </a>
      {source.publishedOn
        ? t.rich(
            "source.published",
            dateValues({ date: source.publishedOn, precision: source.publishedPrecision }, locale),
          )
        : t("source.undated")}
      {source.kind !== "PRIMARY" ? (
        <span className="text-amber-800"> · {t(`sourceKind.${source.kind}`)}</span>
      ) : null}
    </span>
  );
}

export function SourceTitle({ source }: { source: Pick<FigureSource, "title"> }) {
  const locale = useLocale();
  return <span lang={sourceLang(locale)}>{source.title}</span>;
}

export function SourceList({ sources }: { sources: FigureSource[] }) {
  return (
    <ul className="space-y-1">
      {sources.map((source) => (
        <li key={source.id}>
          <span className="block text-sm text-slate-800">
            <SourceTitle source={source} />
          </span>
          <SourceCitation source={source} />
        </li>
      ))}
    </ul>
  );
}
