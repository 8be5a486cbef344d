import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { choiceFromSegment, choiceTarget, isChoicePage } from "@/lib/routing/choice-pages";

const explorer = (search: string) => choiceTarget("/en/explorer", search);
const commitments = (search: string) => choiceTarget("/vi/commitments", search);

describe("a commitments or explorer choice's static page", () => {
  it("serves the bare addresses from their prerendered pages", () => {
    expect(explorer("")).toEqual({ page: "/en/explorer-filtered/all", places: [] });
    expect(commitments("?_rsc=abc")).toEqual({ page: "/vi/commitments-filtered/all", places: [] });
  });

  it("spells one choice one way: places in one order, defaults spelled out, empty fields dropped", () => {
    const spelled =
      "/en/explorer-filtered/place-bac-ninh~place-nghe-an~counterpart-japan~measure-FDI_REGISTERED_CAPITAL";
    expect(explorer("?place=nghe-an&place=bac-ninh")?.page).toBe(spelled);
    expect(
      explorer(
        "?measure=FDI_REGISTERED_CAPITAL&from=&place=bac-ninh&place=nghe-an&counterpart=japan",
      )?.page,
    ).toBe(spelled);
    expect(explorer("?place=bac-ninh&place=nghe-an&from=2015&to=2020&convert=USD")?.page).toBe(
      "/en/explorer-filtered/place-bac-ninh~place-nghe-an~counterpart-japan~measure-FDI_REGISTERED_CAPITAL~from-2015~to-2020~convert-USD",
    );
    expect(commitments("?year=2019&province=nghe-an&side=&commitment=PLEDGED")).toEqual({
      page: "/vi/commitments-filtered/province-nghe-an~commitment-PLEDGED~year-2019",
      places: ["nghe-an"],
    });
  });

  it("leaves to the per-request page what it has something to say about", () => {
    expect(explorer("?place=bac-ninh&from=2020&to=2010")).toBeNull(); // first year after the last
    expect(explorer("?place=bac-ninh&colour=red")).toBeNull(); // unknown parameter
    expect(explorer("?measure=FDI_PROJECTS")).toBeNull(); // no place
    expect(commitments("?province=Nghe%20An")).toBeNull(); // malformed, named on the page
    expect(commitments("?colour=red")).toBeNull();
    expect(choiceTarget("/en/meetings", "?province=nghe-an")).toBeNull();
    expect(choiceTarget("/en/explorer/x", "")).toBeNull();
  });

  it("reads back only the segment its choice gives, so each choice is cached once", () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8})?$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(slug, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1945, max: 2100 }),
        (places, year) => {
          const target = explorer(`?${places.map((p) => `place=${p}`).join("&")}&from=${year}`);
          const segment = target!.page.split("/").pop()!;
          expect(choiceFromSegment("explorer", segment)?.getAll("place")).toEqual(
            [...places].sort(),
          );
        },
      ),
    );
    for (const segment of [
      "",
      "place-nghe-an~place-bac-ninh~counterpart-japan~measure-FDI_REGISTERED_CAPITAL",
      "place-bac-ninh",
      "year-02019",
      "colour-red",
      "place-bac-ninh~",
    ]) {
      expect(choiceFromSegment("explorer", segment), segment).toBeNull();
    }
    expect(choiceFromSegment("commitments", "year-2019~province-nghe-an")).toBeNull();
    expect(choiceFromSegment("commitments", "province-nghe-an~year-2019")?.toString()).toBe(
      "province=nghe-an&year=2019",
    );
    expect(choiceFromSegment("commitments", "all")?.size).toBe(0);
  });

  it("gives each search that can run a page of its own, whatever it is written in", () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 2, maxLength: 100 })
          .filter((q) => q.trim().length >= 2 && q === q.trim()),
        (q) => {
          const target = choiceTarget(
            "/ja/search",
            `?${new URLSearchParams({ q, utm_source: "x" })}`,
          );
          const segment = target!.page.split("/").pop()!;
          expect(segment).toMatch(/^q-[\w-]+$/);
          expect(choiceFromSegment("search", segment)?.get("q")).toBe(q);
        },
      ),
    );
    expect(choiceTarget("/ja/search", "?q=%20%20Nghệ%20An%20")?.page).toBe(
      `/ja/search-filtered/q-${Buffer.from("Nghệ An").toString("base64url")}`,
    );
    expect(choiceTarget("/ja/search", "")?.page).toBe("/ja/search-filtered/all");
    expect(choiceTarget("/ja/search", "?q=")?.page).toBe("/ja/search-filtered/all");
    expect(choiceTarget("/ja/search", "?q=a")).toBeNull(); // too short: the page says so
    expect(choiceTarget("/ja/search", `?q=${"x".repeat(101)}`)).toBeNull();
    expect(choiceFromSegment("search", "q-IE5naOG7hyBBbiA")).toBeNull(); // " Nghệ An ": not as the address gives it
    expect(choiceFromSegment("search", "q-")).toBeNull();
  });

  it("keeps the internal addresses internal", () => {
    expect(isChoicePage("/ja/explorer-filtered/all")).toBe(true);
    expect(isChoicePage("/ja/commitments-filtered")).toBe(true);
    expect(isChoicePage("/ja/explorer")).toBe(false);
  });
});
