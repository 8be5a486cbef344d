import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiBasics } from "@/components/api-docs/api-basics";
import { DownloadList } from "@/components/api-docs/download-list";
import { FeedLinks } from "@/components/api-docs/feed-links";
import { OperationCard } from "@/components/api-docs/operation-card";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { Section } from "@/components/ui/section";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { describeOperations } from "@/lib/api/reference";
import { pageMetadata, siteUrl } from "@/lib/i18n/alternates";
import { localeFrom } from "@/lib/i18n/params";

const path = "/api-docs";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/api-docs">): Promise<Metadata> {
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
  return (
    <>
      <LanguageSwitcher path={path} />
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl text-slate-700">{t("intro")}</p>
      <ApiBasics origin={origin} licence={doc.info.license} />

      <Section
        id="endpoints"
        title={t("endpoints")}
        intro={t("endpointsIntro", { count: operations.length })}
      >
        <div className="grid gap-4">
          {operations.map((operation) => (
            <OperationCard key={operation.path} operation={operation} origin={origin} />
          ))}
        </div>
      </Section>
      <Section id="downloads" title={t("downloads")} intro={t("downloadsIntro")}>
        <DownloadList />
      </Section>
      <Section id="feed" title={t("feed")} intro={t("feedIntro")}>
        <FeedLinks />
      </Section>
    </>
  );
}
