import { badRequest, cachedResponse, preflight } from "@/lib/api/http";
import { buildDownload } from "@/lib/downloads/render";
import { DownloadFile, downloadFilters } from "@/lib/schemas/downloads";
import { queryObject } from "@/lib/schemas/query-string";

/** `/api/downloads/{figures|meetings|commitments|sources}.{csv|json}?<the page's filters>&locale=vi` */
export async function GET(request: Request, { params }: RouteContext<"/api/downloads/[file]">) {
  const file = DownloadFile.safeParse(await params);
  if (!file.success) return badRequest(file.error);
  const { table, format } = file.data.file;
  const url = new URL(request.url);
  const filter = downloadFilters[table].safeParse(queryObject(url.searchParams));
  if (!filter.success) return badRequest(filter.error);
  const download = await buildDownload({
    table,
    format,
    filter: filter.data,
    url: url.toString(),
    today: new Date().toISOString().slice(0, 10),
  });
  return cachedResponse(request, download.body, {
    "Content-Type": download.contentType,
    "Content-Disposition": `attachment; filename="${download.filename}"`,
  });
}

export const OPTIONS = preflight;
