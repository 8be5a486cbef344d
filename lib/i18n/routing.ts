import { defineRouting } from "next-intl/routing";
import { defaultLocale, localeCookie, locales } from "./config";

/**
 * For next-intl's middleware, which proxy.ts runs on `/` only: it picks the language from the
 * switcher's cookie, then Accept-Language (@formatjs/intl-localematcher), then English.
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  localeCookie: { ...localeCookie, sameSite: "lax" },
  alternateLinks: false,
});
