import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localeFrom } from "@/lib/i18n/params";
import NotFound from "../not-found";

// The 404 page as a page of its own, prerendered per language. The web server answers every
// address it knows to be missing with it, and status 404 (lib/routing/reader-routes.ts): the
// answer Next gives for notFound() has an empty body until its JavaScript runs
// (vercel/next.js#98954), so a reader without JavaScript saw a blank page.
export async function generateMetadata({
  params,
}: PageProps<"/[locale]/page-not-found">): Promise<Metadata> {
  await localeFrom(params);
  const t = await getTranslations("notFound");
  return { title: t("title"), robots: { index: false } };
}

export default async function PageNotFound({ params }: PageProps<"/[locale]/page-not-found">) {
  await localeFrom(params);
  return <NotFound />;
}
