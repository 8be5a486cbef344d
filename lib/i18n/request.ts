// next-intl's per-request configuration (wired in next.config.js). The language comes from
// the [locale] root segment through next/root-params, so pages stay prerenderable: no
// headers, no cookies. Route handlers and server actions pass a locale explicitly.
import * as rootParams from "next/root-params";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale } from "./config";
import { messages } from "./messages";

export default getRequestConfig(async ({ locale: explicit }) => {
  const requested = explicit ?? (await rootParams.locale());
  // An unknown first segment (/xx/…) still renders the layout, in English, so that the page's
  // own notFound() can answer with the portal's 404 page rather than Next's bare one.
  const locale = isLocale(requested) ? requested : defaultLocale;
  // Stored dates are calendar days at UTC midnight: format them in UTC, never the server's zone.
  return { locale, messages: messages[locale], timeZone: "UTC" };
});
