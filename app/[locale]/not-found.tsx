import { getLocale } from "next-intl/server";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { NotFoundContent } from "@/components/site/not-found-content";

export default async function NotFound() {
  const locale = await getLocale();
  return (
    <>
      {/* The missing address has no version in another language: offer each language's home. */}
      <LanguageSwitcher path="" />
      <NotFoundContent locale={locale} />
    </>
  );
}
