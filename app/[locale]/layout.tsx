import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ErrorMessagesProvider } from "@/components/site/error-messages";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { siteUrl } from "@/lib/i18n/alternates";
import { locales } from "@/lib/i18n/config";
import "../globals.css";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return {
    title: { default: t("name"), template: `%s · ${t("shortName")}` },
    description: t("tagline"),
    metadataBase: siteUrl(),
  };
}

// The language comes from the [locale] segment (next/root-params, see lib/i18n/request.ts).
// An unknown segment renders in English and its page answers 404.
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("error")]);
  const errorMessages = {
    title: t("title"),
    body: t("body"),
    reference: t("reference"),
    retry: t("retry"),
  };
  return (
    <html lang={locale}>
      <body className="min-h-screen antialiased">
        <SiteHeader />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          <ErrorMessagesProvider messages={errorMessages}>{children}</ErrorMessagesProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
