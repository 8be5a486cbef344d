// The translation state of one text: what a save writes (lib/content/translations.ts) and how
// it reads back (lib/i18n/translation.ts).
import { describe, expect, it } from "vitest";
import { stampText, stampTranslations, textHash } from "@/lib/content/translations";
import { languageState, readerTranslation } from "@/lib/i18n/translation";

const fresh = () =>
  stampText({
    en: "Governor",
    vi: "Thống đốc",
    ja: "知事",
    viStatus: "translated",
    jaStatus: "reviewed",
  });

describe("a saved text", () => {
  it("records the English it was saved with and, per translation, what it was made from", () => {
    const text = fresh();
    expect(text.enHash).toBe(textHash("Governor"));
    expect(text.viStamp).toBe(`${textHash("Governor")}.${textHash("Thống đốc")}`);
    expect(languageState(text, "vi")).toEqual({
      status: "translated",
      recorded: true,
      outdated: false,
    });
    expect(languageState(text, "ja")).toEqual({
      status: "reviewed",
      recorded: true,
      outdated: false,
    });
  });

  it("calls a translation outdated once the English changes, and no longer once the translation is edited", () => {
    const changed = stampText({ ...fresh(), en: "Vice Governor" });
    expect(languageState(changed, "vi").outdated).toBe(true);
    expect(languageState(changed, "ja").outdated).toBe(true);
    const retranslated = stampText({ ...changed, vi: "Phó Thống đốc" });
    expect(languageState(retranslated, "vi").outdated).toBe(false);
    expect(languageState(retranslated, "ja").outdated).toBe(true);
    // Changing the English back makes the untouched translation current again.
    expect(languageState(stampText({ ...retranslated, en: "Governor" }), "ja").outdated).toBe(
      false,
    );
  });

  it("clears outdated when an editor ticks that a translation still matches, marking it reviewed", () => {
    const changed = stampText({ ...fresh(), en: "Governor of the prefecture" });
    const checked = stampText({ ...changed, viChecked: true });
    expect(languageState(checked, "vi")).toEqual({
      status: "reviewed",
      recorded: true,
      outdated: false,
    });
    expect(checked).not.toHaveProperty("viChecked");
  });

  it("never calls an original outdated: it was not made from the English", () => {
    const original = stampText({ ...fresh(), viStatus: "original" });
    expect(languageState(stampText({ ...original, en: "Changed" }), "vi")).toEqual({
      status: "original",
      recorded: true,
      outdated: false,
    });
  });

  it("drops the state of a translation that was emptied, and says it is missing", () => {
    const emptied = stampText({ ...fresh(), ja: "" });
    expect(emptied).not.toHaveProperty("jaStatus");
    expect(emptied).not.toHaveProperty("jaStamp");
    expect(languageState(emptied, "ja")).toEqual({
      status: "missing",
      recorded: false,
      outdated: false,
    });
  });

  it("is stable: stamping a stamped text changes nothing", () => {
    const text = fresh();
    expect(stampText(text)).toEqual(text);
  });

  it("treats a text saved before statuses existed as a translation that is not known to be outdated", () => {
    expect(languageState({ en: "Governor", vi: "Thống đốc" }, "vi")).toEqual({
      status: "translated",
      recorded: false,
      outdated: false,
    });
  });

  it("stamps every text of a document, at any depth, and leaves everything else alone", () => {
    const document = {
      slug: "x",
      title: { en: "A", vi: "B" },
      outcomes: [{ description: { en: "C", ja: "D" }, side: "VIETNAM" }],
      sourceIds: [1, 2],
    };
    const stamped = stampTranslations(document);
    expect(stamped.slug).toBe("x");
    expect(stamped.sourceIds).toEqual([1, 2]);
    expect(stamped.title).toMatchObject({
      en: "A",
      vi: "B",
      viStatus: "translated",
      enHash: textHash("A"),
    });
    expect(stamped.outcomes[0].description).toMatchObject({
      en: "C",
      ja: "D",
      jaStatus: "translated",
    });
  });
});

describe("what a reader is told", () => {
  it("marks a translation on Vietnamese and Japanese pages, and an outdated one as such", () => {
    expect(readerTranslation(fresh(), "vi")).toEqual({ translated: true, outdated: false });
    expect(readerTranslation(stampText({ ...fresh(), en: "Changed" }), "ja")).toEqual({
      translated: true,
      outdated: true,
    });
  });

  it("does not mark the source's own language, and marks the English made from it", () => {
    const fromVietnamese = stampText({
      en: "Party Secretary",
      vi: "Bí thư",
      ja: "書記",
      viStatus: "original",
      jaStatus: "translated",
    });
    expect(readerTranslation(fromVietnamese, "vi").translated).toBe(false);
    expect(readerTranslation(fromVietnamese, "en").translated).toBe(true);
    expect(readerTranslation(fresh(), "en").translated).toBe(false);
  });

  it("does not mark names or texts without a recorded status", () => {
    expect(
      readerTranslation({ en: "Nguyen Dac Vinh", vi: "Nguyễn Đắc Vinh" }, "vi").translated,
    ).toBe(false);
  });
});
