import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORM_LIMITS, fieldErrors, parseFormData } from "@/lib/schemas/form-data";
import { MeetingInput } from "@/lib/schemas/meeting";
import { formOrAnything } from "../support/hostile";

function form(entries: [string, string][]) {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

/** The parsed object, failing the test if the parser refused the post. */
function parsed(data: FormData, arrays: string[] = []) {
  const result = parseFormData(data, arrays);
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

const refusal = (data: unknown, arrays: string[] = []) => {
  const result = parseFormData(data, arrays);
  return result.ok ? undefined : result.message;
};

describe("form posts to schema input", () => {
  it("nests dotted names, collects checkboxes and drops blank spare rows", () => {
    const object = parsed(
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
      ["placeSlugs", "sourceIds"],
    );
    expect(object).toEqual({
      title: { en: "Visit", vi: "" },
      placeSlugs: ["bac-ninh", "kanagawa"],
      sourceIds: [],
      participants: [{ personId: "3", side: "JAPAN" }],
    });
  });

  it("ignores field names that would reach Object.prototype, and keeps names like toString as data", () => {
    const object = parsed(
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
    expect(fieldErrors(result.error!.issues).endsOn).toBe(
      "The end date must be on or after the start date",
    );
  });
});

describe("the parser's bounds (issue 9, defect 1)", () => {
  it("refuses a row number beyond a form's rows instead of building a four-billion-slot array", () => {
    // The post that froze the server for two minutes.
    expect(refusal(form([["participants.4294967294.side", "JAPAN"]]))).toMatch(/too many rows/);
    expect(refusal(form([["participants.30000000.side", "JAPAN"]]))).toMatch(/too many rows/);
    expect(refusal(form([[`participants.${FORM_LIMITS.rows}.side`, "JAPAN"]]))).toMatch(
      /too many rows/,
    );
    expect(parsed(form([[`participants.${FORM_LIMITS.rows - 1}.side`, "JAPAN"]]))).toEqual({
      participants: [{ side: "JAPAN" }],
    });
    expect(refusal(form([["participants.007.side", "JAPAN"]]))).toMatch(/too many rows/);
  });

  it("bounds the number of fields, the length and depth of names, values and checkbox groups", () => {
    const many = form(
      Array.from({ length: FORM_LIMITS.fields + 1 }, (_, i) => [`f${i}`, "x"] as [string, string]),
    );
    expect(refusal(many)).toMatch(/too many fields/);
    expect(refusal(form([["a".repeat(FORM_LIMITS.nameLength + 1), "x"]]))).toMatch(
      /name is too long/,
    );
    expect(refusal(form([["a.b.c.d.e", "x"]]))).toMatch(/nested too deeply/);
    expect(refusal(form([["title.en", "x".repeat(FORM_LIMITS.valueLength + 1)]]))).toMatch(
      /far longer/,
    );
    const boxes = form(
      Array.from(
        { length: FORM_LIMITS.rows + 1 },
        (_, i) => ["sourceIds", String(i + 1)] as [string, string],
      ),
    );
    expect(refusal(boxes, ["sourceIds"])).toMatch(/too many choices/);
  });

  it("refuses names that clash (a text and a group, a list and an object) instead of throwing", () => {
    expect(
      refusal(
        form([
          ["title", "x"],
          ["title.en", "y"],
        ]),
      ),
    ).toMatch(/do not fit together/);
    expect(
      refusal(
        form([
          ["title.en", "y"],
          ["title", "x"],
        ]),
      ),
    ).toMatch(/do not fit together/);
    expect(
      refusal(
        form([
          ["participants.0.side", "x"],
          ["participants.side", "y"],
        ]),
      ),
    ).toMatch(/do not fit together/);
    expect(
      refusal(
        form([
          ["title.en", "y"],
          ["title.0", "x"],
        ]),
      ),
    ).toMatch(/do not fit together/);
    expect(refusal(form([["sourceIds.0", "1"]]), ["sourceIds"])).toMatch(/do not fit together/);
  });

  it("refuses NUL characters, which PostgreSQL cannot store, and anything that is not a form post", () => {
    expect(refusal(form([["title.en", "a\u0000b"]]))).toMatch(/NUL/);
    for (const notAForm of [
      undefined,
      null,
      "title.en=x",
      42,
      { "title.en": "x" },
      [["title.en", "x"]],
    ]) {
      expect(refusal(notAForm)).toMatch(/not a form post/);
    }
  });

  it("skips uploaded files and blank names, and keeps what the schemas judge (long words, any script)", () => {
    const data = form([
      ["title.en", "Bắc Ninh 神奈川県 😀"],
      ["", "x"],
      ["a..b", "x"],
    ]);
    data.append("upload", new Blob(["x"]), "x.txt");
    expect(parsed(data)).toEqual({ title: { en: "Bắc Ninh 神奈川県 😀" } });
  });
});

describe("the parser, given any post (property-based)", () => {
  /** The deepest nesting and longest list in a parsed post. */
  function shape(value: unknown, depth = 0): { depth: number; rows: number } {
    if (!value || typeof value !== "object") return { depth, rows: 0 };
    const inner = Object.values(value).map((v) => shape(v, depth + 1));
    return {
      depth: Math.max(depth, ...inner.map((s) => s.depth)),
      rows: Math.max(Array.isArray(value) ? value.length : 0, ...inner.map((s) => s.rows)),
    };
  }

  it("refuses or returns an object within the bounds, never throws, never touches Object.prototype", () => {
    fc.assert(
      fc.property(
        formOrAnything,
        fc.subarray(["placeSlugs", "sourceIds", "participants", "title"]),
        (post, arrays) => {
          const result = parseFormData(post, arrays);
          if (!result.ok) {
            expect(result.message).toMatch(/^This form could not be read: /);
            return;
          }
          const { depth, rows } = shape(result.data);
          expect(depth).toBeLessThanOrEqual(FORM_LIMITS.depth);
          expect(rows).toBeLessThanOrEqual(FORM_LIMITS.rows);
          expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 500 },
    );
  });
});
