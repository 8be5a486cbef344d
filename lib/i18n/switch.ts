// The language switcher's links go through /language, which remembers the reader's choice in
// a cookie (so `/` honours it over Accept-Language next time) and sends them to the same page
// in that language. Pages stay static: only this tiny handler sees the request.
import { z } from "zod";
import { locales, type Locale } from "./config";

export const LanguageSwitch = z.object({
  to: z.enum(locales, { error: "Unknown language: use en, vi or ja." }),
  // The page after the language, with its query: "" (home), "/meetings?province=nghe-an".
  path: z
    .string()
    .max(2048)
    .regex(/^(\/[^\s\\]*)?$/)
    .catch(""),
});

export function switchHref(to: Locale, path: string): string {
  return `/language?${new URLSearchParams({ to, path })}`;
}
