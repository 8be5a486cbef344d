import { apiList, preflight } from "@/lib/api/http";
import { listMeetingsPage } from "@/lib/data/open-data/meetings";
import { MeetingsQuery } from "@/lib/schemas/api/queries";

export const GET = apiList(MeetingsQuery, listMeetingsPage);
export const OPTIONS = preflight;
