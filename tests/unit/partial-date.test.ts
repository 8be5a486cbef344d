import { describe, expect, it } from "vitest";
import { formatPartialDate, formatPeriod, parsePartialDate } from "@/lib/partial-date";

describe("partial dates", () => {
  it("keeps the precision the source gave", () => {
    expect(parsePartialDate("2019-04-26")).toEqual({ date: new Date("2019-04-26T00:00:00Z"), precision: "DAY" });
    expect(parsePartialDate("2023-11", "end").date.toISOString()).toBe("2023-11-30T00:00:00.000Z");
    expect(parsePartialDate("2015").precision).toBe("YEAR");
  });

  it("refuses text that is not a date", () => {
    expect(() => parsePartialDate("April 2019")).toThrow(/Not a date/);
  });

  it("formats no more precisely than the source", () => {
    expect(formatPartialDate(parsePartialDate("2015").date, "YEAR")).toBe("2015");
    expect(formatPartialDate(parsePartialDate("2023-11").date, "MONTH")).toBe("Nov 2023");
    const year = formatPeriod(parsePartialDate("2024").date, parsePartialDate("2024", "end").date, "YEAR");
    expect(year).toBe("2024");
  });
});
