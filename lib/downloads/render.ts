// A table as a download: CSV (UTF-8 with a byte-order mark, so spreadsheet programs read
// Vietnamese and Japanese correctly; written by csv-stringify) or JSON.
//
// Where the licence and citation go in a CSV: in two columns, `licence` and `cite_as`, on
// every row. A CSV has no place for metadata; lines above the header (a "preamble") break
// every program that reads the first line as the header (pandas, R, Excel's sort and filter,
// database loaders). As columns, the file stays one rectangular table that any of them reads
// as it is, and a row copied or filtered out of it still carries its licence and citation.
// The repetition costs little: the text is identical on every row and compresses to nothing.
import { stringify } from "csv-stringify/sync";
import type { Locale } from "../i18n/config";
import { getMessages } from "../i18n/messages";
import type { DownloadTable } from "../schemas/downloads";
import { cellContext, tables } from "./tables";

export interface DownloadRequest {
  table: DownloadTable;
  format: "csv" | "json";
  filter: Record<string, unknown> & { locale?: Locale };
  /** The download's own address (with its filters), cited in the file. */
  url: string;
  /** The day it is made, UTC (YYYY-MM-DD), for the citation. */
  today: string;
}

export interface Download {
  body: string;
  contentType: string;
  filename: string;
}

export function citationOf(request: Pick<DownloadRequest, "table" | "url" | "today" | "filter">) {
  const m = getMessages(request.filter.locale ?? "en");
  return {
    licence: m.downloads.licence,
    citation: m.downloads.citation
      .replace("{table}", m.downloads.tables[request.table])
      .replace("{url}", request.url)
      .replace("{date}", request.today),
  };
}

export async function buildDownload(request: DownloadRequest): Promise<Download> {
  const { table, format, filter } = request;
  const definition = tables[table];
  const context = cellContext(filter.locale, new URL(request.url).origin);
  const rows = await definition.rows(filter as never, context);
  const { licence, citation } = citationOf(request);
  const filename = `vj-portal-${table}${filter.locale ? `-${filter.locale}` : ""}.${format}`;
  if (format === "json") {
    const { locale, ...filters } = filter;
    const records = rows.map((row) =>
      Object.fromEntries(definition.columns.map((name, i) => [name, row[i]])),
    );
    const body = JSON.stringify({
      title: getMessages(locale ?? "en").downloads.tables[table],
      licence,
      citation,
      filters,
      locale: locale ?? null,
      rows: records,
    });
    return { body, contentType: "application/json; charset=utf-8", filename };
  }
  const body = stringify(
    rows.map((row) => [...row, licence, citation]),
    {
      header: true,
      columns: [...definition.columns, "licence", "cite_as"],
      bom: true,
      cast: { boolean: (value) => (value ? "true" : "false") },
    },
  );
  return { body, contentType: "text/csv; charset=utf-8", filename };
}
