import { describe, expect, it } from "vitest";
import { parsePartialDate, toPartialDateText } from "@/lib/partial-date";

describe("partial dates", () => {
  it("keeps the precision the source gave", () => {
    expect(parsePartialDate("2019-04-26")).toEqual({
      date: new Date("2019-04-26T00:00:00Z"),
      precision: "DAY",
    });
    expect(parsePartialDate("2023-11", "end").date.toISOString()).toBe("2023-11-30T00:00:00.000Z");
    expect(parsePartialDate("2015").precision).toBe("YEAR");
  });

  it("refuses text that is not a date", () => {
    expect(() => parsePartialDate("April 2019")).toThrow(/Not a date/);
  });

  it("gives back the text a form shows, no more precise than stored", () => {
    expect(toPartialDateText(parsePartialDate("2023-11", "end").date, "MONTH")).toBe("2023-11");
    expect(toPartialDateText(parsePartialDate("2019-04-26").date, "DAY")).toBe("2019-04-26");
    expect(toPartialDateText(parsePartialDate("2015").date, "YEAR")).toBe("2015");
  });
});
