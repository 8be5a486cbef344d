import { useLocale, useTranslations } from "next-intl";
import { localeNames, switcherOrder } from "@/lib/i18n/config";
import { switchHref } from "@/lib/i18n/switch";

/**
 * The same page in each language, each named in its own language (Tiếng Việt, 日本語, English).
 * Plain links, rendered on the server: nothing to ship to the browser. `path` is the page
 * after the language, with its query if it has one.
 */
export function LanguageSwitcher({ path }: { path: string }) {
  const locale = useLocale();
  const t = useTranslations("site");
  return (
    <nav aria-label={t("languages")} className="mb-4 flex justify-end">
      <ul className="flex flex-wrap gap-1 text-sm">
        {switcherOrder.map((language) => (
          <li key={language}>
            {language === locale ? (
              <span
                aria-current="true"
                lang={language}
                className="inline-block rounded-full bg-brand-700 px-3 py-1 font-medium text-white"
              >
                {localeNames[language]}
              </span>
            ) : (
              <a
                href={switchHref(language, path)}
                lang={language}
                hrefLang={language}
                className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-slate-800 no-underline hover:border-brand-600 hover:text-brand-700"
              >
                {localeNames[language]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
