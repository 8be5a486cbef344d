import { useLocale, useTranslations } from "next-intl";
import { searchLimits } from "@/lib/schemas/search";

/**
 * The header's search: a plain GET form to /{locale}/search, so it works without JavaScript
 * and every search has an address. The label is for screen readers; the button says it.
 */
export function SearchBox() {
  const locale = useLocale();
  const t = useTranslations("search");
  return (
    <form action={`/${locale}/search`} method="get" role="search" aria-label={t("label")} className="flex w-full gap-1 sm:w-auto">
      <label htmlFor="site-search" className="sr-only">
        {t("label")}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        required
        minLength={2}
        maxLength={searchLimits.queryLength}
        placeholder={t("placeholder")}
        className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-1 text-sm sm:w-52"
      />
      <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-sm font-medium text-white hover:bg-brand-800">
        {t("submit")}
      </button>
    </form>
  );
}
