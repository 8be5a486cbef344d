// The three message files must say the same things: the same keys, and messages that ask for
// the same arguments (a translation may leave out a plural's count, not invent an argument).
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";
import { anatomy, leaves } from "../support/messages";

const english = new Map(leaves(messages.en));

describe.each(locales.filter((l) => l !== "en"))("messages/%s.json", (locale) => {
  const translated = new Map(leaves(messages[locale]));

  it("has every key of the English file and no other", () => {
    expect(
      [...english.keys()].filter((key) => !translated.has(key)),
      "missing",
    ).toEqual([]);
    expect(
      [...translated.keys()].filter((key) => !english.has(key)),
      "not in English",
    ).toEqual([]);
  });

  it("has no empty message", () => {
    expect([...translated].filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([]);
  });

  it("uses only the arguments and tags the English message is given, and every tag it needs", () => {
    const mismatches = [...english].flatMap(([key, text]) => {
      const wanted = anatomy(text).names;
      const used = anatomy(translated.get(key) ?? "").names;
      const extra = [...used].filter((name) => !wanted.has(name));
      const lostTags = [...wanted].filter((name) => name.startsWith("<") && !used.has(name));
      return extra.length || lostTags.length
        ? [`${key}: extra ${extra.join(",")} missing ${lostTags.join(",")}`]
        : [];
    });
    expect(mismatches).toEqual([]);
  });
});

describe("messages/en.json", () => {
  it("parses as ICU everywhere", () => {
    for (const [key, text] of english) expect(() => anatomy(text), key).not.toThrow();
  });
});
