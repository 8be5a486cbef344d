import { useLocale } from "next-intl";
import { SearchField } from "./search-field";

/** The header's search, sent to /{locale}/search. The label is for screen readers; the button says it. */
export function SearchBox() {
  const locale = useLocale();
  return <SearchField look="header" action={`/${locale}/search`} />;
}
