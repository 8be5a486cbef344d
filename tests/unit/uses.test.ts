import { describe, expect, it } from "vitest";
import { describeUses } from "@/lib/content/uses";

describe("describeUses", () => {
  it("names each kind in the singular for one and the plural for several, whatever the plural", () => {
    expect(describeUses([[1, "place within it", "places within it"]])).toBe("1 place within it");
    expect(describeUses([[2, "place within it", "places within it"]])).toBe("2 places within it");
    expect(describeUses([[3, "investment priority", "investment priorities"]])).toBe(
      "3 investment priorities",
    );
  });

  it("leaves out the kinds nothing refers to and lists the rest as English does", () => {
    const uses = [
      [4, "figure", "figures"],
      [0, "meeting", "meetings"],
      [1, "relationship", "relationships"],
    ] as const;
    expect(describeUses(uses)).toBe("4 figures and 1 relationship");
    expect(describeUses([...uses, [2, "boundary change", "boundary changes"]])).toBe(
      "4 figures, 1 relationship, and 2 boundary changes",
    );
  });

  it("is null when nothing refers to the record", () => {
    expect(describeUses([])).toBeNull();
    expect(describeUses([[0, "figure", "figures"]])).toBeNull();
  });
});
