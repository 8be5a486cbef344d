import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OperationCard } from "@/components/api-docs/operation-card";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { Section } from "@/components/ui/section";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { describeOperations } from "@/lib/api/reference";
import { meetingsFeedPath, pageMetadata, siteUrl } from "@/lib/i18n/alternates";
import { localeNames, switcherOrder } from "@/lib/i18n/config";
import { localeFrom } from "@/lib/i18n/params";
import { pageLimits } from "@/lib/schemas/api/queries";
import { downloadFilters, downloadTables } from "@/lib/schemas/downloads";

const path = "/api-docs";

export async function generateMetadata({ params }: PageProps<"/[locale]/api-docs">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations("apiDocs");
  return pageMetadata(locale, path, { title: t("title"), description: t("description") });
}

// Built from the OpenAPI document the API itself serves (lib/api/openapi.ts), so the reference
// cannot drift from the API. Static: prerendered like the other public pages.
export default async function ApiDocsPage({ params }: PageProps<"/[locale]/api-docs">) {
  await localeFrom(params);
  const t = await getTranslations("apiDocs");
  const doc = buildOpenApiDocument();
  const operations = describeOperations(doc);
  const origin = siteUrl().origin;
  const licence = doc.info.license;
  const code = "rounded bg-slate-100 px-1 text-sm";
  return (
    <>
      <LanguageSwitcher path={path} />
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl text-slate-700">{t("intro")}</p>
      <ul className="mt-4 max-w-3xl list-disc space-y-1 pl-5 text-sm text-slate-800">
        <li>{t.rich("base", { origin, code: (c) => <code lang="en" className={code}>{c}</code> })}</li>
        <li>{t("paging", { max: pageLimits.max, default: pageLimits.default })}</li>
        <li>{t("caching")}</li>
        <li>{t("errors")}</li>
        <li>
          {t("licence")}{" "}
          {licence ? (
            <a href={licence.url} rel="license" className="underline">
              {licence.name}
            </a>
          ) : null}
        </li>
        <li>
          {t("document")} <a href="/api/openapi.json" className="underline"><code lang="en">/api/openapi.json</code></a>
        </li>
      </ul>

      <Section id="endpoints" title={t("endpoints")} intro={t("endpointsIntro", { count: operations.length })}>
        <div className="grid gap-4">
          {operations.map((operation) => (
            <OperationCard key={operation.path} operation={operation} origin={origin} />
          ))}
        </div>
      </Section>

      <Section id="downloads" title={t("downloads")} intro={t("downloadsIntro")}>
        <ul className="space-y-2 text-sm">
          {downloadTables.map((table) => (
            <li key={table}>
              <code lang="en" className={code}>/api/downloads/{table}.csv</code> · <code lang="en" className={code}>.json</code>
              <span className="ml-2 text-xs text-slate-700">
                {t("filters")} <code lang="en">{Object.keys(downloadFilters[table].shape).join(", ")}</code>
              </span>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="feed" title={t("feed")} intro={t("feedIntro")}>
        <ul className="flex flex-wrap gap-3 text-sm">
          {switcherOrder.map((language) => (
            <li key={language}>
              <a href={meetingsFeedPath(language)} type="application/atom+xml" hrefLang={language} lang={language}>
                {localeNames[language]}
              </a>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
