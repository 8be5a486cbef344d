import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExplorerPageBody, explorerMetadata } from "@/components/explorer/explorer-body";
import { locales } from "@/lib/i18n/config";
import { localeFrom } from "@/lib/i18n/params";
import { choiceFromSegment } from "@/lib/routing/choice-pages";
import { emptyChoice } from "@/lib/schemas/choice-segment";
import { parseExplorerPage } from "@/lib/schemas/explorer-page";
import { queryObject } from "@/lib/schemas/query-string";

// /[locale]/explorer, bare or with a usable choice, lands here, rewritten by proxy.ts (the
// address stays): a static page per choice. The bare explorer (its default choice) is
// prerendered; another choice is rendered on its first request, whole, then served from the
// cache until a publish expires it.
export const ensureStatic = "navigation";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale, filter: emptyChoice }));
}

async function choiceFrom(params: PageProps<"/[locale]/explorer-filtered/[filter]">["params"]) {
  const choice = choiceFromSegment("explorer", (await params).filter);
  if (!choice) notFound();
  return choice;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/explorer-filtered/[filter]">): Promise<Metadata> {
  const [locale, choice] = await Promise.all([localeFrom(params), choiceFrom(params)]);
  return explorerMetadata(locale, choice.size === 0);
}

export default async function FilteredExplorerPage({ params }: PageProps<"/[locale]/explorer-filtered/[filter]">) {
  const [locale, choice] = await Promise.all([localeFrom(params), choiceFrom(params)]);
  return <ExplorerPageBody locale={locale} page={parseExplorerPage(queryObject(choice))} />;
}
