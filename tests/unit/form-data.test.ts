import { describe, expect, it } from "vitest";
import { fieldErrors, formDataToObject } from "@/lib/schemas/form-data";
import { MeetingInput } from "@/lib/schemas/meeting";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("form posts to schema input", () => {
  it("nests dotted names, collects checkboxes and drops blank spare rows", () => {
    const object = formDataToObject(
      form([
        ["title.en", "Visit"],
        ["title.vi", ""],
        ["placeSlugs", "bac-ninh"],
        ["placeSlugs", "kanagawa"],
        ["participants.0.personId", "3"],
        ["participants.0.side", "JAPAN"],
        ["participants.1.personId", ""],
        ["participants.1.side", ""],
        ["$ACTION_ID_x", "ignored"],
      ]),
      ["placeSlugs"],
    );
    expect(object).toEqual({
      title: { en: "Visit", vi: "" },
      placeSlugs: ["bac-ninh", "kanagawa"],
      participants: [{ personId: "3", side: "JAPAN" }],
    });
  });

  it("ignores field names that would reach Object.prototype, and keeps names like toString as data", () => {
    const object = formDataToObject(
      form([
        ["__proto__.slug", "injected"],
        ["constructor.prototype.slug", "injected"],
        ["title.__proto__", "x"],
        ["toString.en", "kept"],
        ["title.en", "Visit"],
      ]),
    );
    expect(({} as Record<string, unknown>).slug).toBeUndefined();
    expect(object).toEqual({ title: { en: "Visit" }, toString: { en: "kept" } });
    expect(Object.getPrototypeOf(object.title)).toBe(Object.prototype);
  });

  it("reports each error at its field, in plain words", () => {
    const result = MeetingInput.safeParse({
      slug: "Bad Slug",
      kind: "VISIT",
      title: { en: "" },
      summary: { en: "x" },
      startsOn: "2023-11-30",
      endsOn: "2023-11-01",
      placeSlugs: ["bac-ninh"],
      sourceIds: [],
    });
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!.issues);
    expect(errors["title.en"]).toBe("English text is required");
    expect(errors.slug).toMatch(/lower-case/);
    expect(errors.sourceIds).toBe("Cite at least one source");
  });

  it("refuses an end date before the start date", () => {
    const result = MeetingInput.safeParse({
      slug: "ok",
      kind: "VISIT",
      title: { en: "t" },
      summary: { en: "s" },
      startsOn: "2023-11-30",
      endsOn: "2023-11-01",
      placeSlugs: ["bac-ninh"],
      sourceIds: [1],
    });
    expect(fieldErrors(result.error!.issues).endsOn).toBe("The end date must be on or after the start date");
  });
});
