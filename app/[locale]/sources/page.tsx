import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SourceCitation, SourceTitle } from "@/components/figures/source-citation";
import { DownloadLinks } from "@/components/downloads/download-links";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { listSources } from "@/lib/data/sources";
import { pageMetadata } from "@/lib/i18n/alternates";
import { localeFrom } from "@/lib/i18n/params";

const path = "/sources";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/sources">): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations("sources");
  return pageMetadata(locale, path, { title: t("title"), description: t("description") });
}

export default async function SourcesPage({ params }: PageProps<"/[locale]/sources">) {
  await localeFrom(params);
  const [t, sources] = await Promise.all([getTranslations("sources"), listSources()]);
  return (
    <>
      <LanguageSwitcher path={path} />
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-slate-700">{t("intro", { count: sources.length })}</p>
      <DownloadLinks table="sources" />
      <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {sources.map((source) => (
          <li key={source.id} className="p-4">
            <p className="text-sm font-medium text-slate-900">
              <SourceTitle source={source} />
            </p>
            <SourceCitation source={source} />
            <p className="fine">
              {t("citedBy", {
                figures: source._count.observations,
                meetings: source._count.meetings,
                relationships: source._count.relationships,
              })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
