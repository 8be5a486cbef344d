import { apiList, preflight } from "@/lib/api/http";
import { listFiguresPage } from "@/lib/data/open-data/figures";
import { FiguresQuery } from "@/lib/schemas/api/queries";

export const GET = apiList(FiguresQuery, listFiguresPage);
export const OPTIONS = preflight;
