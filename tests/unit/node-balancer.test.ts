import { once } from "node:events";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { serverOrder, startNodeBalancer } from "@/lib/cluster/node-balancer";
import { freePort } from "@/lib/ops/embedded-postgres";

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

describe("the Node balancer", () => {
  it("drops a client that leaves mid-upload and keeps serving the next one", async () => {
    const upstream = http.createServer((req, res) => req.resume().on("end", () => res.end("ok")));
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    const port = await freePort();
    const balancer = await startNodeBalancer(port, [upstreamUrl]);
    try {
      // Promises 1,000 bytes, sends 10 and hangs up: reading the body fails inside the balancer.
      const socket = net.connect(port, "127.0.0.1");
      await once(socket, "connect");
      socket.write("POST /save HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n0123456789");
      await new Promise((resolve) => setTimeout(resolve, 100));
      socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 100));

      const answer = await fetch(`http://127.0.0.1:${port}/next`);
      expect(await answer.text()).toBe("ok");
    } finally {
      await balancer.close();
      upstream.close();
    }
  });
});
