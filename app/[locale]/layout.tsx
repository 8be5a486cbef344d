import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteFooter, SiteHeader } from "@/components/site/site-header";
import { isPublishedLocale, publishedLocales } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import "../globals.css";

export function generateStaticParams() {
  return publishedLocales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!isPublishedLocale(locale)) return {};
  const m = getMessages(locale).site;
  return {
    title: { default: m.name, template: `%s · ${m.shortName}` },
    description: m.tagline,
    metadataBase: new URL(process.env.PORTAL_PUBLIC_URL ?? "http://localhost:3000"),
  };
}

export default async function PublicLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isPublishedLocale(locale)) notFound();
  return (
    <html lang={locale}>
      <body className="min-h-screen antialiased">
        <SiteHeader locale={locale} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
