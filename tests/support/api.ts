// Calls the real route handlers of /api/v1 with real Requests, and checks answers against the
// OpenAPI document the site serves (Ajv, JSON Schema 2020-12, the dialect of OpenAPI 3.1).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { GET as openapi } from "@/app/api/openapi.json/route";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

export async function call(handler: Handler, url: string, options: { params?: Record<string, string>; headers?: Record<string, string>; method?: string } = {}) {
  const response = await handler(new Request(`http://portal.test${url}`, { method: options.method ?? "GET", headers: options.headers }), {
    params: Promise.resolve(options.params ?? {}),
  });
  const text = response.status === 304 || response.status === 204 ? "" : await response.text();
  return { response, status: response.status, body: text ? JSON.parse(text) : null };
}

export async function openApiDocument() {
  return (await (openapi(new Request("http://portal.test/api/openapi.json")) as Response).json()) as {
    paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }>;
    components: { schemas: Record<string, object> };
  };
}

/** A validator of a path's 200 (or other) JSON answer, from the served document. */
export async function responseValidator() {
  const document = await openApiDocument();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: "openapi", components: document.components }, "openapi");
  return (path: string, status: string, body: unknown) => {
    const content = document.paths[path].get.responses[status].content!;
    const schema = Object.values(content)[0].schema;
    const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'));
    const validate = ajv.compile(rewritten);
    return validate(body) ? null : ajv.errorsText(validate.errors);
  };
}
