// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded
// database when DATABASE_URL is not set, under the lock starting servers take too.
import { provideDatabase } from "../ops/embedded-postgres";
import { applyMigrations } from "../ops/migrate";
import { withPrepareLock } from "../ops/prepare-database";

const database = await provideDatabase();
try {
  const applied = await withPrepareLock(database.url, () => applyMigrations(database.url));
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
} finally {
  await database.stop();
}
