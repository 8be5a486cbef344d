import { jsonResponse, preflight } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const GET = (request: Request) => jsonResponse(request, buildOpenApiDocument());
export const OPTIONS = preflight;
