import { apiGet, preflight } from "@/lib/api/http";
import { getSourceRecord } from "@/lib/data/open-data/sources";
import { IdParam } from "@/lib/schemas/api/queries";

export const GET = apiGet(IdParam, getSourceRecord, { what: "source" });
export const OPTIONS = preflight;
