import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { PlaceProfile } from "@/lib/data/places";
import { locales } from "@/lib/i18n/config";
import { t as inLanguage } from "@/lib/i18n/text";
import { Localized } from "../ui/localized";

/** The place's name in all the languages we hold, its kind, and where it sits. */
export function PlaceHeader({ profile }: { profile: PlaceProfile }) {
  const locale = useLocale();
  const t = useTranslations();
  // The name as the other two languages write it, each marked with its language.
  const otherNames = locales
    .filter((l) => l !== locale)
    .flatMap((l) => {
      const name = profile.name[l]?.trim();
      return name && name !== profile.name[locale] ? [{ lang: l, name }] : [];
    });
  return (
    <header>
      <p className="text-sm font-medium uppercase tracking-wide text-brand-700">
        {t(`placeKind.${profile.kind}`)} · {t(`place.country.${profile.country}`)}
        {/* "Province · Vietnam" already names the country; a city names its province. */}
        {profile.parent && profile.parent.kind !== "COUNTRY" ? (
          <> · {t("place.within", { parent: inLanguage(profile.parent.name, locale) })}</>
        ) : null}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">
        <Localized text={profile.name} />
      </h1>
      {otherNames.length > 0 ? (
        <p className="mt-1 text-lg text-slate-600">
          {otherNames.map(({ lang, name }, i) => (
            <span key={lang} lang={lang}>
              {i > 0 ? " · " : ""}
              {name}
            </span>
          ))}
        </p>
      ) : null}
      {profile.summary ? (
        <p className="mt-3 max-w-3xl text-slate-700">
          <Localized text={profile.summary} />
        </p>
      ) : null}
      {profile.children.length > 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          {t("place.includes")}{" "}
          {profile.children.map((c, i) => (
            <span key={c.slug}>
              {i > 0 ? ", " : ""}
              {profile.country === "JP" ? (
                <Link href={`/${locale}/partners/${c.slug}`}>
                  <Localized text={c.name} />
                </Link>
              ) : (
                <Localized text={c.name} />
              )}
            </span>
          ))}
        </p>
      ) : null}
    </header>
  );
}
