import { useLocale, useTranslations } from "next-intl";
import type { SearchHit } from "@/lib/data/search";

/**
 * A result's title with the words that matched in <mark>. The segments are plain text from
 * lib/search/highlight and React escapes each one: a query like `<b>` stays text.
 */
export function HighlightedTitle({ hit }: { hit: SearchHit }) {
  const locale = useLocale();
  const t = useTranslations("site");
  const { lang, segments } = hit.highlighted;
  const parts = segments.map((segment, i) =>
    segment.match ? (
      <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
  if (lang === locale) return <>{parts}</>;
  // People's names and sources' titles are not translated; other texts say they are English.
  const marker = hit.kind !== "PERSON" && hit.kind !== "SOURCE";
  return (
    <>
      {marker ? <span className="lang-fallback">{t("englishOriginal")}</span> : null}
      <span lang={lang}>{parts}</span>
    </>
  );
}
