import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/site/not-found-content";
import { defaultLocale } from "@/lib/i18n/config";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const [t, site] = await Promise.all([
    getTranslations({ locale: defaultLocale, namespace: "notFound" }),
    getTranslations({ locale: defaultLocale, namespace: "site" }),
  ]);
  return { title: `${t("title")} · ${site("shortName")}` };
}

// For addresses outside every layout (there is no app/layout.tsx: each language and the
// staff area have their own root layout). No language can be told from such an address.
export default function GlobalNotFound() {
  return (
    <html lang={defaultLocale}>
      <body className="min-h-screen antialiased">
        <main id="main" className="px-4">
          <NotFoundContent locale={defaultLocale} />
        </main>
      </body>
    </html>
  );
}
