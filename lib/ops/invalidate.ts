// For changes made outside the publishing actions (a re-seed, a restore): every cached page
// and read, on every running server and after restarts, is rendered anew from the database.
import pg from "pg";
import { EVERY_PAGE, recordInvalidation, tagTimes } from "../cache/tag-store.js";

export async function invalidateEveryPage(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await recordInvalidation(client, [EVERY_PAGE], tagTimes(Date.now(), undefined));
  } finally {
    await client.end();
  }
}
