import { useLocale, useTranslations } from "next-intl";
import { localize, localizeName, type LocalizedText } from "@/lib/i18n/text";
import { readerTranslation } from "@/lib/i18n/translation";

/**
 * A stored text in the page's language. Where its translation is missing, the English text
 * shows with lang="en" and a visible marker ("Bản gốc tiếng Anh", "英語原文"): never a blank,
 * never English passed off as the page's language. A translation made before its English last
 * changed is shown, with a quiet note after it (the page's TranslationNotice says what it means).
 */
export function Localized({ text }: { text: LocalizedText }) {
  const locale = useLocale();
  const t = useTranslations("site");
  const { value, lang } = localize(text, locale);
  if (lang === locale) {
    return (
      <>
        {value}
        <OutdatedNote text={text} />
      </>
    );
  }
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
export function LocalizedParagraphs({
  text,
  className,
}: {
  text: LocalizedText;
  className?: string;
}) {
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
      {fallback ? null : <OutdatedNote text={text} block />}
    </div>
  );
}

/** "(bản dịch có thể chưa cập nhật)" after a translation made from an older English; nothing otherwise. */
function OutdatedNote({ text, block }: { text: LocalizedText; block?: boolean }) {
  const locale = useLocale();
  const t = useTranslations("translation");
  if (!readerTranslation(text, locale).outdated) return null;
  const note = <span className="translation-outdated">{t("outdated")}</span>;
  return block ? <p className="mt-1">{note}</p> : note;
}
