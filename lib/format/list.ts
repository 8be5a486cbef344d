import { intlLocale, type Locale } from "../i18n/config";

/** Names joined as the language joins a list: "Bac Ninh and Nghe An", "Bắc Ninh và Nghệ An", "バクニン省、ゲアン省". */
export function formatList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(intlLocale[locale], { style: "long", type: "conjunction" }).format(
    items,
  );
}
