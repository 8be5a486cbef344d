// Asks the API's real router (lib/api/router.ts, as the web server does) with a URL, and checks
// answers against the OpenAPI document the site serves (Ajv, JSON Schema 2020-12, the dialect
// of OpenAPI 3.1).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { GET as openapi } from "@/app/api/openapi.json/route";
import { toResponse } from "@/lib/api/http";
import { answerApi } from "@/lib/api/router";

export async function call(
  url: string,
  options: { headers?: Record<string, string>; method?: string } = {},
) {
  const { pathname, searchParams } = new URL(url, "http://portal.test");
  const ifNoneMatch = new Headers(options.headers).get("if-none-match");
  const response = toResponse(
    await answerApi({ method: options.method ?? "GET", pathname, searchParams, ifNoneMatch }),
  );
  const text = await response.text();
  return { response, status: response.status, body: text ? JSON.parse(text) : null };
}

export async function openApiDocument() {
  return (await (
    openapi(new Request("http://portal.test/api/openapi.json")) as Response
  ).json()) as {
    paths: Record<
      string,
      { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }
    >;
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
    const rewritten = JSON.parse(
      JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'),
    );
    const validate = ajv.compile(rewritten);
    return validate(body) ? null : ajv.errorsText(validate.errors);
  };
}
