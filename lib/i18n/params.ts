import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./config";

/**
 * Route parameters are user input: an unknown language is a 404. The layout renders such an
 * address in English (see request.ts) so that this notFound() shows the portal's own 404 page.
 */
export async function localeFrom(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
