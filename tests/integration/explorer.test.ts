import { describe, expect, it } from "vitest";
import { exploreObservations, getExplorerOptions } from "@/lib/data/explorer";
import { Prisma } from "@/lib/generated/prisma/client";
import { ExplorerQuery } from "@/lib/schemas/explorer";
import { exchangeRates, observations as seeded, places } from "@/prisma/seed/data";

const explore = (params: Record<string, unknown>) =>
  exploreObservations(ExplorerQuery.parse(params));

/** The seed's own count of figures for a choice, to compare the query with. */
function seededCount(
  placeSlug: string,
  counterpart: string | undefined,
  measure: string,
  years?: [number, number],
) {
  const territories = new Set(
    places.find((p) => p.slug === placeSlug)!.territories.map((t) => t.key),
  );
  return seeded.filter((o) => {
    const year = Number(o.asOf.slice(0, 4));
    return (
      territories.has(o.territory) &&
      o.counterpart === counterpart &&
      o.measure === measure &&
      (!years || (year >= years[0] && year <= years[1]))
    );
  }).length;
}

describe("explorer observations", () => {
  it("returns every seeded reading of Japan's registered capital in Bac Ninh, oldest first, each with source, as-of, basis and group", async () => {
    const { observations, placesWithout } = await explore({ place: "bac-ninh" });
    expect(observations.length).toBe(seededCount("bac-ninh", "japan", "FDI_REGISTERED_CAPITAL"));
    expect(observations.length).toBeGreaterThan(3);
    expect(placesWithout).toEqual([]);
    for (const o of observations) {
      expect(o).toMatchObject({
        measure: "FDI_REGISTERED_CAPITAL",
        counterpart: { slug: "japan" },
        place: { slug: "bac-ninh" },
      });
      expect(o.source.url).toMatch(/^https?:\/\//);
      expect(o.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["STOCK", "FLOW"]).toContain(o.basis);
      expect(
        o.conflictGroup.startsWith(`bac-ninh.t${o.territory.id}/japan/FDI_REGISTERED_CAPITAL/`),
      ).toBe(true);
    }
    const dates = observations.map((o) => o.asOf);
    expect(dates).toEqual([...dates].sort());
  });

  it("marks disagreeing readings of one date as a conflict, sharing a group", async () => {
    const { observations } = await explore({
      place: "bac-ninh",
      counterpart: "all",
      from: "2024",
      to: "2024",
    });
    const fullYear = observations.filter(
      (o) => o.basis === "FLOW" && o.periodStart === "2024-01-01" && o.asOf === "2024-12-31",
    );
    expect(fullYear.map((o) => o.value).sort()).toEqual([
      "4800000000.0000",
      "5120000000.0000",
      "5120000000.0000",
    ]);
    expect(new Set(fullYear.map((o) => o.conflictGroup)).size).toBe(1);
    expect(fullYear.every((o) => o.conflict)).toBe(true);
    const nineMonths = observations.find(
      (o) => o.periodStart === "2024-01-01" && o.asOf === "2024-09-30",
    )!;
    expect(nineMonths.conflict).toBe(false);
    expect(nineMonths.conflictGroup).not.toBe(fullYear[0].conflictGroup);
  });

  it("narrows by period and counterpart, and several places at once", async () => {
    const { observations } = await explore({
      place: "bac-ninh",
      counterpart: "all",
      from: "2014",
      to: "2017",
    });
    expect(observations.length).toBe(
      seededCount("bac-ninh", undefined, "FDI_REGISTERED_CAPITAL", [2014, 2017]),
    );
    expect(
      observations.every((o) => o.counterpart === null && o.asOf >= "2014" && o.asOf < "2018"),
    ).toBe(true);
    const both = await explore({ place: ["bac-ninh", "nghe-an"], measure: "FDI_PROJECTS" });
    expect(new Set(both.observations.map((o) => o.place.slug))).toEqual(
      new Set(["bac-ninh", "nghe-an"]),
    );
    expect(both.observations.length).toBe(
      seededCount("bac-ninh", "japan", "FDI_PROJECTS") +
        seededCount("nghe-an", "japan", "FDI_PROJECTS"),
    );
  });

  it("says which places have nothing for the choice", async () => {
    const result = await explore({ place: ["kanagawa", "no-such-place"] });
    expect(result.observations).toEqual([]);
    expect(result.placesWithout).toEqual(["kanagawa", "no-such-place"]);
  });
});

describe("explorer conversions", () => {
  it("converts with the stored rate of the figure's year and says which rate it used", async () => {
    const { observations } = await explore({
      place: "bac-ninh",
      counterpart: "all",
      measure: "GRDP",
      convert: "USD",
    });
    const in1997 = observations.find((o) => o.asOf.startsWith("1997"))!;
    const rate = exchangeRates.find((r) => r.quote === "VND" && r.year === 1997)!;
    expect(in1997.converted).toMatchObject({
      currency: "USD",
      year: 1997,
      ratesUsed: [{ base: "USD", quote: "VND", year: 1997 }],
    });
    expect(in1997.converted!.ratesUsed[0].source.url).toContain("PA.NUS.FCRF");
    expect(Number(in1997.converted!.ratesUsed[0].rate)).toBe(Number(rate.rate));
    expect(in1997.converted!.value).toBe(
      new Prisma.Decimal(in1997.value).div(rate.rate).toDecimalPlaces(0).toFixed(0),
    );
  });

  it("never converts without a stored rate for the year", async () => {
    const { observations } = await explore({
      place: "bac-ninh",
      counterpart: "all",
      measure: "GRDP",
      convert: "USD",
      from: "2022",
    });
    expect(observations.length).toBeGreaterThan(0);
    expect(observations.every((o) => o.converted === null)).toBe(true);
  });

  it("converts US dollars to yen through the stored JPY rate, and leaves counts alone", async () => {
    const money = await explore({
      place: "bac-ninh",
      counterpart: "all",
      convert: "JPY",
      from: "2014",
      to: "2017",
    });
    expect(money.observations.every((o) => o.converted?.currency === "JPY")).toBe(true);
    const counts = await explore({ place: "bac-ninh", measure: "FDI_PROJECTS", convert: "JPY" });
    expect(counts.observations.every((o) => o.converted === null)).toBe(true);
  });
});

describe("explorer query schema", () => {
  it.each([
    [{}, "place"],
    [{ place: "bac-ninh", from: "2020", to: "2010" }, "from"],
    [{ place: "bac-ninh", from: "twenty" }, "from"],
    [{ place: "bac-ninh", from: "-5" }, "from"],
    [{ place: "bac-ninh", measure: "GDP" }, "measure"],
    [{ place: "Bac Ninh" }, "place.0"],
    [{ place: Array.from({ length: 13 }, (_, i) => `p${i}`) }, "place"],
  ])("refuses %j", (input, path) => {
    const result = ExplorerQuery.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("refuses unknown parameters", () => {
    expect(ExplorerQuery.safeParse({ place: "bac-ninh", colour: "red" }).success).toBe(false);
  });
});

describe("explorer options", () => {
  it("offers the places that have figures, both countries, and the measures and years", async () => {
    const options = await getExplorerOptions();
    const slugs = options.places.map((p) => p.slug);
    expect(slugs).toEqual(expect.arrayContaining(["bac-ninh", "nghe-an", "kanagawa", "gifu"]));
    expect(slugs).not.toContain("japan");
    expect(options.measures.map((m) => m.measure)).toContain("FDI_REGISTERED_CAPITAL");
    expect(options.years.first).toBeLessThanOrEqual(1997);
  });
});
