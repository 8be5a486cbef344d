import type { Metadata } from "next";
import { ExplorerPageBody, explorerMetadata } from "@/components/explorer/explorer-body";
import { localeFrom } from "@/lib/i18n/params";
import { bareChoicePages, choiceFrom } from "@/lib/routing/choice-pages";
import { parseExplorerPage } from "@/lib/schemas/explorer-page";

// /[locale]/explorer, bare or with a usable choice, lands here, routed by
// lib/routing/reader-routes.ts (the address stays): a static page per choice. The bare explorer
// (its default choice) is prerendered; another choice is rendered on its first request, whole, then
// served from the cache until a publish expires it.
export const ensureStatic = "navigation";
export const generateStaticParams = bareChoicePages;

type Props = PageProps<"/[locale]/explorer-filtered/[filter]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, choice] = await Promise.all([localeFrom(params), choiceFrom("explorer", params)]);
  return explorerMetadata(locale, Object.keys(choice).length === 0);
}

export default async function FilteredExplorerPage({ params }: Props) {
  const [locale, choice] = await Promise.all([localeFrom(params), choiceFrom("explorer", params)]);
  return <ExplorerPageBody locale={locale} page={parseExplorerPage(choice)} />;
}
