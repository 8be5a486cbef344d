import { useTranslations } from "next-intl";
import { pageLimits } from "@/lib/schemas/api/queries";
import { Code } from "./code";

/** What holds for every endpoint: the base address, paging, caching, errors, the licence and the document. */
export function ApiBasics({
  origin,
  licence,
}: {
  origin: string;
  licence?: { name: string; url?: string };
}) {
  const t = useTranslations("apiDocs");
  return (
    <ul className="mt-4 max-w-3xl list-disc space-y-1 pl-5 text-sm text-slate-800">
      <li>{t.rich("base", { origin, code: (c) => <Code>{c}</Code> })}</li>
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
        {t("document")}{" "}
        <a href="/api/openapi.json" className="underline">
          <code lang="en">/api/openapi.json</code>
        </a>
      </li>
    </ul>
  );
}
