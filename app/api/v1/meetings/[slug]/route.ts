import { apiGet, preflight } from "@/lib/api/http";
import { getMeetingRecord } from "@/lib/data/open-data/meetings";
import { SlugParam } from "@/lib/schemas/api/queries";

export const GET = apiGet(SlugParam, getMeetingRecord, { what: "meeting" });
export const OPTIONS = preflight;
