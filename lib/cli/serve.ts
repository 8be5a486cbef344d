// The portal's web server (`npm start` and `npm test` run it; --dev for `npm run dev`):
// Next's own request handler inside a plain node:http server, so that every request carries
// the address it really came from (lib/ops/client-address.ts). Next's custom-server API runs
// the same router as `next start`. PORT and HOSTNAME as for `next start`.
import { createServer } from "node:http";
import { projectRoot } from "../ops/schema-engine";
import { stampClientAddress, trustedProxies } from "../ops/client-address";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
// React and Next pick their production or development build from NODE_ENV when first loaded.
Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
const trust = trustedProxies();
const { default: next } = await import("next");

const app = next({ dev, dir: projectRoot, port, hostname: hostname ?? "localhost" });
await app.prepare();
const handle = app.getRequestHandler();
const server = createServer((request, response) => {
  stampClientAddress(request, trust);
  void handle(request, response);
});
server.listen(port, hostname, () => console.log(`▲ Serving http://${hostname ?? "localhost"}:${port}${dev ? " (development)" : ""}`));
