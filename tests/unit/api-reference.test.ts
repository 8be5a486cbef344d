import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { describeOperations } from "@/lib/api/reference";

describe("the API reference page's content", () => {
  const doc = buildOpenApiDocument();
  const operations = describeOperations(doc);

  it("lists every operation of the OpenAPI document, with its parameters", () => {
    expect(operations.map((o) => o.path).sort()).toEqual(Object.keys(doc.paths ?? {}).sort());
    const figures = operations.find((o) => o.path === "/api/v1/figures")!;
    expect(figures.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(["limit", "cursor", "place", "measure", "from", "to"]),
    );
    expect(figures.parameters.find((p) => p.name === "measure")!.values).toContain(
      "FDI_REGISTERED_CAPITAL",
    );
  });

  it("gives example requests with a page size for lists and a real identifier for records", () => {
    expect(operations.find((o) => o.path === "/api/v1/places")!.example).toBe(
      "/api/v1/places?limit=2",
    );
    expect(operations.find((o) => o.path === "/api/v1/places/{slug}")!.example).toBe(
      "/api/v1/places/bac-ninh",
    );
    expect(operations.find((o) => o.path === "/api/v1/figures/{id}")!.example).toBe(
      "/api/v1/figures/1",
    );
  });

  it("carries the licence of the data", () => {
    expect(doc.info.license?.url).toBe("https://creativecommons.org/licenses/by/4.0/");
  });
});
