import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProvinceHeadline } from "@/components/figures/province-headline";
import { MeetingList } from "@/components/meetings/meeting-list";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { TranslationNotice } from "@/components/site/translation-notice";
import { Localized } from "@/components/ui/localized";
import { Section } from "@/components/ui/section";
import { getJapanFdiHeadlines } from "@/lib/data/headlines";
import { listMeetings } from "@/lib/data/meetings";
import { listProfilePlaces } from "@/lib/data/places";
import { pageMetadata } from "@/lib/i18n/alternates";
import { localeFrom } from "@/lib/i18n/params";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  return pageMetadata(await localeFrom(params), "");
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await localeFrom(params);
  const [t, site, provinces, partners, meetings] = await Promise.all([
    getTranslations("home"),
    getTranslations("site"),
    listProfilePlaces("VN"),
    listProfilePlaces("JP"),
    listMeetings({}, 5),
  ]);
  const headlines = await getJapanFdiHeadlines(provinces.map((p) => p.slug));
  return (
    <>
      <LanguageSwitcher path="" />
      <TranslationNotice content={[provinces, meetings]} />
      <div className="rounded-xl bg-brand-800 px-6 py-10 text-white sm:px-10">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{site("name")}</h1>
        <p className="mt-3 max-w-3xl text-brand-50">{site("tagline")}</p>
      </div>

      <Section id="provinces" title={t("provinces")}>
        <div className="grid gap-4 md:grid-cols-2">
          {provinces.map((province) => (
            <ProvinceHeadline
              key={province.slug}
              province={province}
              headline={headlines.find((h) => h.slug === province.slug)}
            />
          ))}
        </div>
        <p className="mt-3 text-sm">
          <Link href={`/${locale}/investment`}>{t("compare")}</Link>
        </p>
      </Section>

      <Section id="partners" title={t("partners")}>
        <ul className="flex flex-wrap gap-2">
          {partners.map((partner) => (
            <li key={partner.slug}>
              <Link
                href={`/${locale}/partners/${partner.slug}`}
                className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 text-sm no-underline hover:border-brand-600"
              >
                <Localized text={partner.name} />
              </Link>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="latest-meetings" title={t("latestMeetings")}>
        <MeetingList meetings={meetings} />
        <p className="mt-3 text-sm">
          <Link href={`/${locale}/meetings`}>{t("allMeetings")}</Link>
        </p>
      </Section>
    </>
  );
}
