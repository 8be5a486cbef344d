import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { TranslationNotice } from "@/components/site/translation-notice";
import { Localized } from "@/components/ui/localized";
import { Card } from "@/components/ui/section";
import { listProfilePlaces } from "@/lib/data/places";
import { pageMetadata } from "@/lib/i18n/alternates";
import { localeFrom } from "@/lib/i18n/params";

const path = "/partners";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/partners">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations("partners");
  return pageMetadata(locale, path, { title: t("title"), description: t("description") });
}

export default async function PartnersPage({ params }: PageProps<"/[locale]/partners">) {
  const locale = await localeFrom(params);
  const [t, partners] = await Promise.all([getTranslations(), listProfilePlaces("JP")]);
  return (
    <>
      <LanguageSwitcher path={path} />
      <TranslationNotice content={partners} />
      <h1 className="text-3xl font-bold tracking-tight">{t("partners.title")}</h1>
      <ul className="mt-6 grid gap-4 md:grid-cols-2">
        {partners.map((partner) => (
          <li key={partner.slug}>
            <Card>
              <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
                {t(`placeKind.${partner.kind}`)}
              </p>
              <h2 className="text-lg font-semibold">
                <Link href={`/${locale}/partners/${partner.slug}`}>
                  <Localized text={partner.name} />
                </Link>
                {locale !== "ja" && partner.name.ja ? (
                  <span lang="ja" className="ml-2 text-base font-normal text-slate-600">
                    {partner.name.ja}
                  </span>
                ) : null}
              </h2>
              {partner.summary ? (
                <p className="mt-1 text-sm text-slate-700">
                  <Localized text={partner.summary} />
                </p>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
