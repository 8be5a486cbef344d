import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";

/** What a visitor sees at an unknown address: where they are and where to go next. */
export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "notFound" });
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-4 text-slate-700">{t("body")}</p>
      <ul className="mt-6 space-y-2 text-sm">
        <li>
          <Link href={`/${locale}`}>{t("home")}</Link>
        </li>
        <li>
          <Link href={`/${locale}/meetings`}>{t("allMeetings")}</Link> ·{" "}
          <Link href={`/${locale}/investment`}>{t("investment")}</Link>
        </li>
      </ul>
    </div>
  );
}
