import type { Metadata } from "next";
import { cacheLife, cacheTag } from "next/cache";
import { getTranslations } from "next-intl/server";
import { downloadHref } from "@/components/downloads/download-links";
import { ExplorerForm } from "@/components/explorer/explorer-form";
import { ExplorerNotice } from "@/components/explorer/explorer-notice";
import { ExplorerResults } from "@/components/explorer/explorer-results";
import { JsonLd } from "@/components/seo/json-ld";
import { LanguageSwitcher } from "@/components/site/language-switcher";
import { tags } from "@/lib/cache-tags";
import { explorePublished, getPublishedExplorerOptions } from "@/lib/data/explorer";
import { pageMetadata } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/config";
import { formatList } from "@/lib/format/list";
import { t as inLanguage } from "@/lib/i18n/text";
import { parseExplorerPage } from "@/lib/schemas/explorer-page";
import { datasetJsonLd, yearSpan } from "@/lib/seo/dataset";

/** The explorer's title and alternates: only the bare address (the default choice) is indexed. */
export async function explorerMetadata(locale: Locale, bare: boolean): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "explorer" });
  return pageMetadata(locale, "/explorer", {
    title: t("title"),
    description: t("description"),
    ...(bare ? {} : { robots: { index: false, follow: true } }),
  });
}

/** The page for a choice: cached when the choice can be used, rendered afresh when it names what was typed. */
export function ExplorerPageBody({ locale, page }: { locale: Locale; page: ExplorerPageChoice }) {
  return page.query ? (
    <CachedExplorerBody locale={locale} page={page} />
  ) : (
    <ExplorerBody locale={locale} page={page} />
  );
}

type ExplorerPageChoice = ReturnType<typeof parseExplorerPage>;

/**
 * A valid choice's body, cached per language and parsed choice (rendering it costs far more
 * than its cached reads), with their tags, so a publish expires it on every server.
 */
async function CachedExplorerBody(props: { locale: Locale; page: ExplorerPageChoice }) {
  "use cache";
  cacheLife("max");
  cacheTag(tags.figures, tags.places, tags.sources);
  return <ExplorerBody {...props} />;
}

async function ExplorerBody({ locale, page }: { locale: Locale; page: ExplorerPageChoice }) {
  const [t, site, options, result] = await Promise.all([
    getTranslations({ locale, namespace: "explorer" }),
    getTranslations({ locale, namespace: "site" }),
    getPublishedExplorerOptions(),
    page.query ? explorePublished(page.query) : null,
  ]);
  const choice = page.query ? { ...page.form } : {};
  const placeNames = (result?.query.place ?? [])
    .map((slug) => options.places.find((p) => p.slug === slug))
    .flatMap((p) => (p ? [inLanguage(p.name, locale)] : []));
  return (
    <>
      <LanguageSwitcher
        path={`/explorer${page.query ? `?${new URLSearchParams(explorerParams(page.form))}` : ""}`}
      />
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <p className="mt-3 mb-6 max-w-3xl text-slate-700">{t("intro")}</p>
      <ExplorerForm options={options} values={page.form} />
      {page.query === null ? (
        <ExplorerNotice title={t("problem.title")}>
          {page.problems.map((problem) => (
            <p key={problem}>
              {t(`problem.${problem}`, {
                names: page.unknown
                  .slice(0, 5)
                  .map((n) => n.slice(0, 40))
                  .join(", "),
              })}
            </p>
          ))}
        </ExplorerNotice>
      ) : null}
      {result ? <ExplorerResults result={result} places={options.places} /> : null}
      {result && result.observations.length > 0 ? (
        <JsonLd
          data={datasetJsonLd({
            name: t("dataset.name", { places: formatList(placeNames, locale) }),
            description: t("description"),
            path: `/${locale}/explorer?${new URLSearchParams(explorerParams(page.form))}`,
            csv: downloadHref("figures", "csv", choice, locale),
            json: downloadHref("figures", "json", choice, locale),
            creator: site("name"),
            temporalCoverage: yearSpan(
              result.observations.map((o) => o.asOf),
              page.form.from,
              page.form.to,
            ),
            places: placeNames,
            language: locale,
          })}
        />
      ) : null}
    </>
  );
}

/** The choice as query-string pairs, places repeated, in the form's order. */
function explorerParams(form: ReturnType<typeof parseExplorerPage>["form"]): [string, string][] {
  const pairs: [string, string][] = form.place.map((slug) => ["place", slug]);
  for (const name of ["counterpart", "measure", "from", "to", "convert"] as const)
    if (form[name] !== undefined) pairs.push([name, String(form[name])]);
  return pairs;
}
