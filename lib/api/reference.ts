// The API reference page's content, read from the OpenAPI document itself (never copied by
// hand): each operation, its parameters with their types, allowed values and limits, its
// answers, and an example request. Pure, so a test can compare it with the document.
import type { buildOpenApiDocument } from "./openapi";

type Document = ReturnType<typeof buildOpenApiDocument>;

interface SchemaLike {
  type?: string;
  enum?: unknown[];
  pattern?: string;
  maxLength?: number;
  default?: unknown;
  description?: string;
}

export interface ReferenceParameter {
  name: string;
  in: string;
  required: boolean;
  type: string;
  values: string[];
  description: string | null;
}

export interface ReferenceOperation {
  method: string;
  path: string;
  summary: string;
  parameters: ReferenceParameter[];
  responses: { status: string; description: string }[];
  example: string;
}

/** Example values for path parameters, so each example request answers with a record. */
const pathExamples: Record<string, string> = {
  "/api/v1/places/{slug}": "bac-ninh",
  "/api/v1/relationships/{slug}": "bac-ninh-kanagawa",
  "/api/v1/meetings/{slug}": "2019-04-26-meeting-nghe-an-japan",
};

function exampleRequest(path: string, parameters: ReferenceParameter[]): string {
  const filled = path.replace(
    /\{(\w+)\}/g,
    (_, name: string) => pathExamples[path] ?? (name === "id" ? "1" : name),
  );
  return parameters.some((p) => p.name === "limit") ? `${filled}?limit=2` : filled;
}

export function describeOperations(doc: Document): ReferenceOperation[] {
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    (["get"] as const).flatMap((method) => {
      const operation = item?.[method];
      if (!operation) return [];
      const parameters = (operation.parameters ?? []).map((raw): ReferenceParameter => {
        const p = raw as {
          name: string;
          in: string;
          required?: boolean;
          description?: string;
          schema?: SchemaLike;
        };
        const schema = p.schema ?? {};
        return {
          name: p.name,
          in: p.in,
          required: p.required ?? false,
          type: schema.enum ? "enum" : (schema.type ?? "string"),
          values: (schema.enum ?? []).map(String),
          description: p.description ?? schema.description ?? null,
        };
      });
      const responses = Object.entries(operation.responses ?? {}).map(([status, r]) => ({
        status,
        description: (r as { description?: string }).description ?? "",
      }));
      return [
        {
          method: method.toUpperCase(),
          path,
          summary: operation.summary ?? "",
          parameters,
          responses,
          example: exampleRequest(path, parameters),
        },
      ];
    }),
  );
}
