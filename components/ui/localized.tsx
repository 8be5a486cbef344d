import { useLocale, useTranslations } from "next-intl";
import { localize, localizeName, type LocalizedText } from "@/lib/i18n/text";

/**
 * A stored text in the page's language. Where its translation is missing, the English text
 * shows with lang="en" and a visible marker ("Bản gốc tiếng Anh", "英語原文"): never a blank,
 * never English passed off as the page's language.
 */
export function Localized({ text }: { text: LocalizedText }) {
  const locale = useLocale();
  const t = useTranslations("site");
  const { value, lang } = localize(text, locale);
  if (lang === locale) return <>{value}</>;
  return (
    <>
      <span className="lang-fallback">{t("englishOriginal")}</span>
      <span lang={lang}>{value}</span>
    </>
  );
}

/** A person's name, in the form its own language writes it when the page's has none (no marker: names are not translated). */
export function PersonName({ name }: { name: LocalizedText }) {
  const locale = useLocale();
  const { value, lang } = localizeName(name, locale);
  return lang === locale ? <>{value}</> : <span lang={lang}>{value}</span>;
}

/** A longer stored text as paragraphs: editors separate them with a blank line. Marked as `Localized` is. */
export function LocalizedParagraphs({ text, className }: { text: LocalizedText; className?: string }) {
  const locale = useLocale();
  const t = useTranslations("site");
  const { value, lang } = localize(text, locale);
  const fallback = lang !== locale;
  return (
    <div className={className}>
      {fallback ? <p className="lang-fallback">{t("englishOriginal")}</p> : null}
      <div lang={fallback ? lang : undefined}>
        {value.split(/\n\s*\n/).map((paragraph, i) => (
          <p key={i} className={i > 0 ? "mt-3" : undefined}>
            {paragraph}
          </p>
        ))}
      </div>
    </div>
  );
}
