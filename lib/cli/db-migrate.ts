// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded
// database when DATABASE_URL is not set.
import { provideDatabase } from "../ops/embedded-postgres";
import { applyMigrations } from "../ops/migrate";

const database = await provideDatabase();
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
} finally {
  await database.stop();
}
