// npm run db:seed — re-applies the seed data (records are matched by slug, URL or key;
// records editors added are kept, seeded records get their seeded values back), under the
// same lock as a starting server's migrations, then invalidates every cached page.
import { seedDatabase } from "../../prisma/seed/seed";
import { provideDatabase } from "../ops/embedded-postgres";
import { invalidateEveryPage } from "../ops/invalidate";
import { applyMigrations } from "../ops/migrate";
import { withPrepareLock } from "../ops/prepare-database";
import { createPrismaClient } from "../prisma-client";

const database = await provideDatabase();
const db = createPrismaClient(database.url);
try {
  await withPrepareLock(database.url, async () => {
    await applyMigrations(database.url);
    await seedDatabase(db);
  });
  await invalidateEveryPage(database.url);
  console.log("Seed data loaded; cached pages will be rendered anew.");
} finally {
  await db.$disconnect();
  await database.stop();
}
