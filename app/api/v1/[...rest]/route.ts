import { preflight, problemResponse } from "@/lib/api/http";

/** Any other address under /api/v1 is a JSON 404, not the site's HTML page. */
export const GET = () => problemResponse(404, "No such API resource. The API is described at /api/openapi.json.");
export const OPTIONS = preflight;
