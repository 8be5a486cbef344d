import type { Metadata } from "next";
import Link from "next/link";
import { Localized } from "@/components/ui/localized";
import { Card } from "@/components/ui/section";
import { listProfilePlaces } from "@/lib/data/places";
import { getMessages } from "@/lib/i18n/messages";
import { localeFrom } from "@/lib/i18n/params";

export const metadata: Metadata = {
  title: "Japanese partners",
  description: "The Japanese prefectures and cities with relationships with Bac Ninh and Nghe An.",
};

export default async function PartnersPage({ params }: PageProps<"/[locale]/partners">) {
  const locale = await localeFrom(params);
  const m = getMessages(locale);
  const partners = await listProfilePlaces("JP");
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Japanese partners</h1>
      <ul className="mt-6 grid gap-4 md:grid-cols-2">
        {partners.map((partner) => (
          <li key={partner.slug}>
            <Card>
              <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{m.placeKind[partner.kind]}</p>
              <h2 className="text-lg font-semibold">
                <Link href={`/${locale}/partners/${partner.slug}`}>
                  <Localized text={partner.name} locale={locale} />
                </Link>
                {partner.name.ja ? <span lang="ja" className="ml-2 text-base font-normal text-slate-600">{partner.name.ja}</span> : null}
              </h2>
              {partner.summary ? (
                <p className="mt-1 text-sm text-slate-700"><Localized text={partner.summary} locale={locale} /></p>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
