import { apiGet, preflight } from "@/lib/api/http";
import { getFigureRecord } from "@/lib/data/open-data/figures";
import { IdParam } from "@/lib/schemas/api/queries";

export const GET = apiGet(IdParam, getFigureRecord, { what: "figure" });
export const OPTIONS = preflight;
