import { describe, expect, it } from "vitest";
import { compareDecimals, fractionDigits, shiftDecimal } from "@/lib/decimal";

describe("decimal strings", () => {
  it("compare exactly, beyond what floating point can tell apart", () => {
    expect(compareDecimals("4000", "3000")).toBe(1);
    expect(compareDecimals("3000", "3000.0000")).toBe(0);
    expect(compareDecimals("-1.5", "-1.25")).toBe(-1);
    // 2^53 + 1 and 2^53 are the same double.
    expect(compareDecimals("9007199254740993", "9007199254740992")).toBe(1);
    expect(compareDecimals("99999999999999999999.9999", "99999999999999999999.9998")).toBe(1);
  });

  it("shift by powers of ten without rounding", () => {
    expect(shiftDecimal("5070390000000", 9)).toBe("5070.39");
    expect(shiftDecimal("1670000000.0000", 9)).toBe("1.67");
    expect(shiftDecimal("950000", 6)).toBe("0.95");
    expect(shiftDecimal("5000", 6)).toBe("0.005");
    expect(shiftDecimal("0.5", 0)).toBe("0.5");
    expect(shiftDecimal("-72190000", 6)).toBe("-72.19");
    expect(shiftDecimal("007", 0)).toBe("7");
  });

  it("count the digits after the point that matter", () => {
    expect(fractionDigits("5070.39")).toBe(2);
    expect(fractionDigits("1.0780")).toBe(3);
    expect(fractionDigits("42")).toBe(0);
  });

  it("refuse what is not a decimal number", () => {
    expect(() => compareDecimals("1e9", "1")).toThrow(/decimal/);
    expect(() => shiftDecimal("", 3)).toThrow(/decimal/);
  });
});
