import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";

export function SiteFooter() {
  const locale = useLocale();
  const t = useTranslations("site");
  const api = useTranslations("apiDocs");
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">
        <p>{t("footer")}</p>
        <p className="mt-2">
          <Link href={`/${locale}/sources`}>{t("allSources")}</Link> ·{" "}
          <Link href={`/${locale}/api-docs`}>{api("nav")}</Link> ·{" "}
          <Link href="/admin" hrefLang="en">
            {t("staffSignIn")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
