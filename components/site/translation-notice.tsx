import { useLocale, useTranslations } from "next-intl";
import { collectTexts, readerTranslation } from "@/lib/i18n/translation";

const names: ReadonlySet<string> = new Set(["name"]);

/**
 * Once per page, under the language switcher: that the page's texts are the portal's own
 * translation, not the sources' words, and, where some translation was made before its English
 * last changed, that those passages are marked. Shown only where the page holds such a text:
 * on English pages, a text written from a Vietnamese or Japanese source. `content` is what the
 * page shows (its records); names are left out.
 */
export function TranslationNotice({ content }: { content: unknown }) {
  const locale = useLocale();
  const t = useTranslations("translation");
  const states = collectTexts(content, names).map((text) => readerTranslation(text, locale));
  if (!states.some((s) => s.translated)) return null;
  return (
    <p role="note" className="-mt-2 mb-4 text-xs leading-5 text-slate-600">
      <span className="translation-label">{t("label")}</span> {t("notice")}
      {states.some((s) => s.outdated) ? <> {t("outdatedNote")}</> : null}
    </p>
  );
}
