import { apiList, preflight } from "@/lib/api/http";
import { listPlacesPage } from "@/lib/data/open-data/places";
import { PlacesQuery } from "@/lib/schemas/api/queries";

export const GET = apiList(PlacesQuery, listPlacesPage);
export const OPTIONS = preflight;
