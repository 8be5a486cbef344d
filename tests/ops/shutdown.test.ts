// SIGTERM: the server stops accepting connections at once, lets a request in flight finish,
// then exits 0; a request that does not finish within the grace period is cut off.
import net from "node:net";
import { describe, expect, it } from "vitest";
import { startServer } from "./support/server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A form post whose body arrives in two parts: Next reads a multipart post whole (it may name a
 * server action) before answering, so the request stays in flight until `finish()`.
 */
function slowUpload(url: string) {
  const { hostname, port } = new URL(url);
  const boundary = "----portal-drain-test";
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\n${"x".repeat(2_000)}\r\n--${boundary}--\r\n`;
  const socket = net.connect(Number(port), hostname);
  let response = "";
  socket.on("data", (chunk) => (response += chunk.toString("latin1")));
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  socket.on("error", () => {});
  socket.write(
    `POST /en HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
  );
  socket.write(body.slice(0, 1_000));
  return {
    finish: () => socket.write(body.slice(1_000)),
    response: async () => {
      await closed;
      return response;
    },
  };
}

const refusesConnections = (url: string) =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = net.connect(Number(port), hostname);
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });

describe("graceful shutdown", () => {
  it("finishes the request in flight, refuses new connections, exits 0", async () => {
    const server = await startServer();
    const upload = slowUpload(server.url);
    await sleep(500);
    server.process.kill("SIGTERM");
    await sleep(500);
    expect(await refusesConnections(server.url)).toBe(true);
    expect(server.process.exitCode).toBeNull(); // still finishing the upload

    upload.finish();
    const response = await upload.response();
    expect(response).toMatch(/^HTTP\/1\.1 [1-5]\d\d /);
    expect(response.toLowerCase()).toContain("connection: close");
    expect(await server.exited).toBe(0);
    const events = server.logs.map((line) => line.event);
    expect(events).toEqual(expect.arrayContaining(["shutdown.start", "shutdown.done"]));
    expect(events).not.toContain("shutdown.timeout");
    expect(
      server.logs.find((line) => line.event === "request" && line.method === "POST"),
    ).toMatchObject({ path: "/en" });
  });

  it("cuts off a request that outlives the grace period", async () => {
    const server = await startServer({ PORTAL_SHUTDOWN_GRACE_MS: "1500" });
    const upload = slowUpload(server.url);
    await sleep(500);
    const started = Date.now();
    server.process.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    await upload.response(); // the connection was closed
    expect(server.logs.map((line) => line.event)).toContain("shutdown.timeout");
  });
});
