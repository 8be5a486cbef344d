import { useTranslations } from "next-intl";
import { searchLimits } from "@/lib/schemas/search";

// The header's box is compact, its label for screen readers only, and it refuses an empty or
// one-letter query itself. The search page's field shows its label and a hint, keeps what was
// asked, and lets the server say what is wrong with a query.
const looks = {
  header: {
    id: "site-search",
    form: "flex w-full gap-1 sm:w-auto",
    label: "sr-only",
    input: "min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-1 text-sm sm:w-52",
    button: "px-3 py-1 text-sm",
  },
  page: {
    id: "search-q",
    form: "mt-4 flex max-w-2xl flex-wrap items-end gap-2",
    label: "block text-sm font-medium text-slate-700",
    input: "mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2",
    button: "px-4 py-2",
  },
};

/**
 * The search form: a plain GET form with `q`, so it works without JavaScript and every search
 * has an address. `action` is the search page's address; the page itself leaves it out.
 */
export function SearchField({
  look,
  action,
  query,
}: {
  look: keyof typeof looks;
  action?: string;
  query?: string;
}) {
  const t = useTranslations("search");
  const style = looks[look];
  const onPage = look === "page";
  const inputProps = onPage
    ? { defaultValue: query, "aria-describedby": "search-hint" }
    : { required: true, minLength: 2, placeholder: t("placeholder") };
  const field = (
    <>
      <label htmlFor={style.id} className={style.label}>
        {t(onPage ? "field" : "label")}
      </label>
      <input
        id={style.id}
        type="search"
        name="q"
        maxLength={searchLimits.queryLength}
        className={style.input}
        {...inputProps}
      />
    </>
  );
  return (
    <form action={action} method="get" role="search" aria-label={t("label")} className={style.form}>
      {onPage ? <div className="min-w-0 flex-1">{field}</div> : field}
      <button
        type="submit"
        className={`rounded bg-brand-700 ${style.button} font-medium text-white hover:bg-brand-800`}
      >
        {t("submit")}
      </button>
      {onPage ? (
        <p id="search-hint" className="w-full text-xs text-slate-600">
          {t("hint", { max: searchLimits.queryLength })}
        </p>
      ) : null}
    </form>
  );
}
