import { useLocale, useTranslations } from "next-intl";
import type { ReferenceOperation } from "@/lib/api/reference";
import { DataTable } from "../ui/data-table";

// The document's own words (summaries, descriptions) and the identifiers are English: marked so.
const docLang = (locale: string) => (locale === "en" ? undefined : "en");

/** One endpoint: its address, what it answers, its parameters and an example request. */
export function OperationCard({
  operation,
  origin,
}: {
  operation: ReferenceOperation;
  origin: string;
}) {
  const locale = useLocale();
  const t = useTranslations("apiDocs");
  const id = `op-${operation.path.replace(/[^a-z]+/gi, "-").replace(/^-|-$/g, "")}`;
  return (
    <section
      aria-labelledby={id}
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id={id} className="flex flex-wrap items-baseline gap-2 font-semibold">
        <span className="rounded bg-brand-700 px-1.5 py-0.5 text-xs text-white">
          {operation.method}
        </span>
        <code lang="en" className="break-all text-sm">
          {operation.path}
        </code>
      </h3>
      <p className="mt-1 text-sm text-slate-700" lang={docLang(locale)}>
        {operation.summary}
      </p>
      {operation.parameters.length > 0 ? (
        <DataTable
          caption={t.rich("parametersOf", {
            path: operation.path,
            code: (c) => <code lang="en">{c}</code>,
          })}
          columns={[{ label: t("parameter") }, { label: t("in") }, { label: t("meaning") }]}
          look="inset"
          className="mt-3"
        >
          {operation.parameters.map((p) => (
            <tr key={`${p.in}-${p.name}`}>
              <th scope="row" className="py-1.5 pr-3 font-normal">
                <code lang="en">{p.name}</code>
                {p.required ? (
                  <span className="ml-1 text-xs text-red-800">{t("required")}</span>
                ) : null}
              </th>
              <td className="whitespace-nowrap py-1.5 pr-3 text-xs text-slate-700">
                {t(`location.${p.in === "path" ? "path" : "query"}`)}
              </td>
              <td className="py-1.5 text-xs text-slate-700">
                {p.description ? <span lang={docLang(locale)}>{p.description} </span> : null}
                {p.values.length > 0 ? (
                  <span>
                    {t("oneOf")}{" "}
                    <code lang="en" className="break-words">
                      {p.values.join(", ")}
                    </code>
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <p className="mt-3 text-xs text-slate-700">
        {t("answers")}{" "}
        {operation.responses.map((r, i) => (
          <span key={r.status}>
            {i > 0 ? ", " : null}
            <code lang="en">{r.status}</code>
          </span>
        ))}
      </p>
      <p className="mt-2 text-sm">
        {t("example")}{" "}
        <a href={operation.example} lang="en" className="break-all font-mono text-xs">
          GET {origin}
          {operation.example}
        </a>
      </p>
    </section>
  );
}
