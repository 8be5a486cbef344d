import { apiGet, preflight } from "@/lib/api/http";
import { getPlaceRecord } from "@/lib/data/open-data/places";
import { SlugParam } from "@/lib/schemas/api/queries";

export const GET = apiGet(SlugParam, getPlaceRecord, { what: "place" });
export const OPTIONS = preflight;
