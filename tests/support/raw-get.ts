// A GET over loopback that keeps the answer as it came: node:http's client never decompresses
// by itself, so a test sees the coding, the length and the bytes the server sent.
import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RawAnswer {
  status: number;
  headers: Record<string, unknown>;
  bytes: Buffer;
}

export function rawGet(
  server: Server,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ port, host: "127.0.0.1", path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}
