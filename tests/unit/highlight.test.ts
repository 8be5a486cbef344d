import { describe, expect, it } from "vitest";
import { highlight } from "@/lib/search/highlight";

const marked = (text: string, query: string) =>
  highlight(text, query)
    .filter((s) => s.match)
    .map((s) => s.text);

describe("highlight", () => {
  it("marks words where search matches them: whole short words, the starts of longer ones", () => {
    expect(marked("Meeting Nghe An – Japan: Cooperation and Development", "nghe an")).toEqual([
      "Nghe An",
    ]);
    expect(marked("Nghệ An works with JICA and JETRO", "an")).toEqual(["An"]);
    expect(marked("Semiconductors in Bắc Ninh", "semicond bac")).toEqual(["Semicond", "Bắc"]);
  });

  it("marks Japanese anywhere in a word, having no spaces to go by", () => {
    expect(marked("バクニン省 – 神奈川県", "神奈川")).toEqual(["神奈川"]);
  });

  it("returns plain text segments, so markup in a query or title stays text", () => {
    const segments = highlight("<b>bold</b> text", "<b>");
    expect(segments.map((s) => s.text).join("")).toBe("<b>bold</b> text");
    expect(segments[0]).toEqual({ text: "<b>", match: true });
  });
});
