import { describe, expect, it } from "vitest";
import { isCrossOriginWrite } from "@/lib/security/same-origin";

describe("isCrossOriginWrite", () => {
  it("lets reads and same-site writes through", () => {
    expect(
      isCrossOriginWrite("GET", { origin: "https://evil.example", host: "portal.example" }),
    ).toBe(false);
    expect(
      isCrossOriginWrite("OPTIONS", { origin: "https://other.example", host: "portal.example" }),
    ).toBe(false);
    expect(
      isCrossOriginWrite("POST", { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }),
    ).toBe(false);
    expect(isCrossOriginWrite("POST", { host: "portal.example" })).toBe(false);
  });

  it("compares with the host a balancer forwarded, as Next does", () => {
    expect(
      isCrossOriginWrite("POST", {
        origin: "https://portal.example",
        host: "10.0.0.5:3001",
        "x-forwarded-host": "portal.example",
      }),
    ).toBe(false);
    expect(
      isCrossOriginWrite("POST", {
        origin: "https://evil.example",
        host: "10.0.0.5:3001",
        "x-forwarded-host": "portal.example",
      }),
    ).toBe(true);
  });

  it("refuses writes from another site, an opaque origin or a malformed one", () => {
    expect(
      isCrossOriginWrite("POST", { origin: "https://evil.example", host: "portal.example" }),
    ).toBe(true);
    expect(
      isCrossOriginWrite("POST", { origin: "http://portal.example:8080", host: "portal.example" }),
    ).toBe(true);
    expect(isCrossOriginWrite("DELETE", { origin: "null", host: "portal.example" })).toBe(true);
    expect(isCrossOriginWrite("POST", { origin: "not a url", host: "portal.example" })).toBe(true);
  });
});
