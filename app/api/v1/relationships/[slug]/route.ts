import { apiGet, preflight } from "@/lib/api/http";
import { getRelationshipRecord } from "@/lib/data/open-data/relationships";
import { SlugParam } from "@/lib/schemas/api/queries";

export const GET = apiGet(SlugParam, getRelationshipRecord, { what: "relationship" });
export const OPTIONS = preflight;
