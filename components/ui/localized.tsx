import type { Locale } from "@/lib/i18n/config";
import { localize, type LocalizedText } from "@/lib/i18n/text";

/** A stored text in the page's language, marked with lang when it fell back to English. */
export function Localized({ text, locale }: { text: LocalizedText; locale: Locale }) {
  const { value, lang } = localize(text, locale);
  return lang === locale ? <>{value}</> : <span lang={lang}>{value}</span>;
}
