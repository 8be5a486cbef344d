// Above a content form: how its translations stand, so an editor sees at once what needs work
// in a long form (a meeting has dozens of texts). Counted from the values the form shows.
import {
  collectTexts,
  languageState,
  translatedLocales,
  type TranslatedLocale,
} from "@/lib/i18n/translation";

const languageNames: Record<TranslatedLocale, string> = { vi: "Vietnamese", ja: "Japanese" };
const plural = new Intl.PluralRules("en");
const texts = (n: number) => `${n} ${plural.select(n) === "one" ? "text" : "texts"}`;

export function TranslationSummary({ values }: { values: unknown }) {
  const all = collectTexts(values).filter((text) => text.en?.trim());
  if (all.length === 0) return null;
  const lines = translatedLocales.map((lang) => {
    const states = all.map((text) => languageState(text, lang));
    const missing = states.filter((s) => s.status === "missing").length;
    const outdated = states.filter((s) => s.outdated).length;
    const gaps = [
      missing ? `${texts(missing)} missing` : "",
      outdated ? `${texts(outdated)} outdated` : "",
    ].filter(Boolean);
    return {
      lang,
      text: gaps.length ? gaps.join(", ") : "complete and current",
      ok: gaps.length === 0,
    };
  });
  return (
    <div
      className="rounded border border-slate-200 bg-white px-3 py-2 text-sm"
      role="note"
      aria-label="Translations"
    >
      <span className="font-medium">Translations: </span>
      {lines.map(({ lang, text, ok }, i) => (
        <span key={lang}>
          {i > 0 ? " · " : null}
          {languageNames[lang]}{" "}
          <span className={ok ? "text-emerald-800" : "font-medium text-amber-900"}>{text}</span>
        </span>
      ))}
    </div>
  );
}
