import type { Metadata } from "next";
import { ExplorerPageBody, explorerMetadata } from "@/components/explorer/explorer-body";
import { localeFrom } from "@/lib/i18n/params";
import { parseExplorerPage } from "@/lib/schemas/explorer-page";

// Every clean choice, the bare address included, is served by ../explorer-filtered/[filter]
// (lib/routing/reader-routes.ts routes it there: one static page per choice). What reaches this
// page is a choice that cannot be used, or names a place that does not exist: it renders per
// request (whole: streamed parts need JavaScript to appear) and says what is wrong.
export const instant = false;

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<"/[locale]/explorer">): Promise<Metadata> {
  const [locale, search] = await Promise.all([localeFrom(params), searchParams]);
  return explorerMetadata(locale, Object.keys(search).length === 0);
}

export default async function ExplorerPage({
  params,
  searchParams,
}: PageProps<"/[locale]/explorer">) {
  const locale = await localeFrom(params);
  return <ExplorerPageBody locale={locale} page={parseExplorerPage(await searchParams)} />;
}
