import { apiList, preflight } from "@/lib/api/http";
import { listSourcesPage } from "@/lib/data/open-data/sources";
import { SourcesQuery } from "@/lib/schemas/api/queries";

export const GET = apiList(SourcesQuery, listSourcesPage);
export const OPTIONS = preflight;
