// npm run build — the production build every server runs (README "Several servers"):
// migrations and seed once under a lock, then `next build` prerendering from DATABASE_URL
// (or the embedded database), stamped so `npm start` knows it is current.
import { build } from "../ops/build";
import { provideDatabase } from "../ops/embedded-postgres";
import { prepareDatabase } from "../ops/prepare-database";

const database = await provideDatabase();
let ok = false;
try {
  await prepareDatabase(database.url);
  ok = await build(database.url);
} finally {
  await database.stop();
}
process.exit(ok ? 0 : 1);
