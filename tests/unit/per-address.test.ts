import { describe, expect, it } from "vitest";
import { rememberedPerAddress } from "@/lib/routing/per-address";

describe("rememberedPerAddress", () => {
  it("parses each address once while it is among the last `max`, the oldest going first", () => {
    const asked: string[] = [];
    const parse = rememberedPerAddress((pathname, search) => {
      asked.push(pathname + search);
      return search === "" ? null : { pathname, search };
    }, 2);
    const first = parse("/en/explorer", "?place=a");
    expect(parse("/en/explorer", "?place=a")).toBe(first);
    expect(parse("/en/explorer", "")).toBeNull();
    expect(parse("/en/explorer", "")).toBeNull(); // null is remembered too
    expect(asked).toEqual(["/en/explorer?place=a", "/en/explorer"]);
    parse("/en/search", "?q=kanagawa"); // a third address: the oldest is dropped
    expect(parse("/en/explorer", "?place=a")).not.toBe(first);
    expect(asked).toHaveLength(4);
  });

  it("parses a long address every time, keeping none", () => {
    let parses = 0;
    const parse = rememberedPerAddress(() => ++parses);
    const long = `?q=${"x".repeat(600)}`;
    expect([parse("/en/search", long), parse("/en/search", long)]).toEqual([1, 2]);
    expect([parse("/en/search", "?q=ab"), parse("/en/search", "?q=ab")]).toEqual([3, 3]);
  });

  it("keeps the path and the query apart", () => {
    const parse = rememberedPerAddress((pathname, search) => `${pathname}|${search}`);
    expect(parse("/a", "?b")).toBe("/a|?b");
    expect(parse("/a?b", "")).toBe("/a?b|");
  });
});
