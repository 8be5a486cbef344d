import Link from "next/link";
import type { PlaceProfile } from "@/lib/data/places";
import type { Locale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { Localized } from "../ui/localized";

/** The place's name in all the languages we hold, its kind, and where it sits. */
export function PlaceHeader({ profile, locale }: { profile: PlaceProfile; locale: Locale }) {
  const m = getMessages(locale);
  const otherNames = [profile.name.vi, profile.name.ja].filter((n): n is string => Boolean(n) && n !== profile.name.en);
  return (
    <header>
      <p className="text-sm font-medium uppercase tracking-wide text-brand-700">
        {m.placeKind[profile.kind]} · {profile.country === "VN" ? "Vietnam" : "Japan"}
        {/* "Province · Vietnam" already names the country; a city names its province. */}
        {profile.parent && profile.parent.kind !== "COUNTRY" ? (
          <>
            {" "}· in <Localized text={profile.parent.name} locale={locale} />
          </>
        ) : null}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">
        <Localized text={profile.name} locale={locale} />
      </h1>
      {otherNames.length > 0 ? (
        <p className="mt-1 text-lg text-slate-600">
          {otherNames.map((name, i) => (
            <span key={name} lang={name === profile.name.vi ? "vi" : "ja"}>
              {i > 0 ? " · " : ""}
              {name}
            </span>
          ))}
        </p>
      ) : null}
      {profile.summary ? (
        <p className="mt-3 max-w-3xl text-slate-700">
          <Localized text={profile.summary} locale={locale} />
        </p>
      ) : null}
      {profile.children.length > 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          Includes:{" "}
          {profile.children.map((c, i) => (
            <span key={c.slug}>
              {i > 0 ? ", " : ""}
              {profile.country === "JP" ? (
                <Link href={`/${locale}/partners/${c.slug}`}><Localized text={c.name} locale={locale} /></Link>
              ) : (
                <Localized text={c.name} locale={locale} />
              )}
            </span>
          ))}
        </p>
      ) : null}
    </header>
  );
}
