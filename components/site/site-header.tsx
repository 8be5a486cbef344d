import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listProfilePlaces } from "@/lib/data/places";
import { t as inLanguage } from "@/lib/i18n/text";
import { SearchBox } from "../search/search-box";

export async function SiteHeader() {
  const [locale, t, tc, provinces] = await Promise.all([
    getLocale(),
    getTranslations("site"),
    getTranslations("commitments"),
    listProfilePlaces("VN"),
  ]);
  const links = [
    ...provinces.map((p) => ({
      href: `/${locale}/provinces/${p.slug}`,
      label: inLanguage(p.name, locale),
    })),
    { href: `/${locale}/partners`, label: t("nav.partners") },
    { href: `/${locale}/meetings`, label: t("nav.meetings") },
    { href: `/${locale}/commitments`, label: tc("nav") },
    { href: `/${locale}/investment`, label: t("nav.investment") },
    { href: `/${locale}/sources`, label: t("nav.sources") },
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skip")}
      </a>
      <div className="mx-auto max-w-6xl px-4 py-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Link
            href={`/${locale}`}
            className="flex items-center gap-2 font-semibold text-slate-900 no-underline"
          >
            <span
              aria-hidden="true"
              className="flex h-8 w-8 shrink-0 items-center justify-center rounded bg-brand-700 text-xs font-bold text-white"
            >
              VJ
            </span>
            <span>{t("name")}</span>
          </Link>
          <SearchBox />
        </div>
        <nav aria-label={t("mainNav")} className="mt-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  className="text-slate-700 no-underline hover:text-brand-700 hover:underline"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
