import type { Locale } from "@/lib/i18n/config";
import { localize, type LocalizedText } from "@/lib/i18n/text";

/** A stored text in the page's language, marked with lang when it fell back to English. */
export function Localized({ text, locale }: { text: LocalizedText; locale: Locale }) {
  const { value, lang } = localize(text, locale);
  return lang === locale ? <>{value}</> : <span lang={lang}>{value}</span>;
}

/** A longer stored text as paragraphs: editors separate them with a blank line. */
export function LocalizedParagraphs({ text, locale, className }: { text: LocalizedText; locale: Locale; className?: string }) {
  const { value, lang } = localize(text, locale);
  return (
    <div className={className} lang={lang === locale ? undefined : lang}>
      {value.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i} className={i > 0 ? "mt-3" : undefined}>
          {paragraph}
        </p>
      ))}
    </div>
  );
}
