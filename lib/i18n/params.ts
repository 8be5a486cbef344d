import { notFound } from "next/navigation";
import { isPublishedLocale, type Locale } from "./config";

/** Route parameters are user input: a locale that has no site is a 404. */
export async function localeFrom(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isPublishedLocale(locale)) notFound();
  return locale;
}
