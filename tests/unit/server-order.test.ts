import { describe, expect, it } from "vitest";
import { serverOrder } from "@/lib/cluster/node-balancer";

const servers = ["http://a", "http://b", "http://c"];
const now = 1_000_000;
const state = (start: number, inFlight: number[] = [0, 0, 0], down: string[] = []) => ({
  start,
  inFlight: new Map(servers.map((s, i) => [s, inFlight[i]])),
  downUntil: new Map(down.map((s) => [s, now + 2_000])),
});

describe("serverOrder (the Node balancer's choice of server)", () => {
  it("takes idle servers in turn", () => {
    expect(serverOrder(servers, state(0), now)).toEqual(["http://a", "http://b", "http://c"]);
    expect(serverOrder(servers, state(1), now)).toEqual(["http://b", "http://c", "http://a"]);
    expect(serverOrder(servers, state(5), now)).toEqual(["http://c", "http://a", "http://b"]);
  });

  it("sends a request to the server with the fewest in flight, whoever's turn it is", () => {
    expect(serverOrder(servers, state(0, [3, 1, 2]), now)).toEqual([
      "http://b",
      "http://c",
      "http://a",
    ]);
    // b and c tie: the turn (from c) decides between them.
    expect(serverOrder(servers, state(2, [4, 0, 0]), now)).toEqual([
      "http://c",
      "http://b",
      "http://a",
    ]);
  });

  it("tries a server marked down last, however idle, and again once its time is over", () => {
    expect(serverOrder(servers, state(0, [0, 5, 6], ["http://a"]), now)).toEqual([
      "http://b",
      "http://c",
      "http://a",
    ]);
    expect(serverOrder(servers, state(0, [0, 5, 6], ["http://a"]), now + 2_001)[0]).toBe(
      "http://a",
    );
  });
});
