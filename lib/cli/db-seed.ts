// npm run db:seed — re-applies the seed data (records are matched by slug, URL or key;
// records editors added are kept, seeded records get their seeded values back).
import { seedDatabase } from "../../prisma/seed/seed";
import { provideDatabase } from "../ops/embedded-postgres";
import { applyMigrations } from "../ops/migrate";
import { createPrismaClient } from "../prisma-client";

const database = await provideDatabase();
const db = createPrismaClient(database.url);
try {
  await applyMigrations(database.url);
  await seedDatabase(db);
  console.log("Seed data loaded.");
} finally {
  await db.$disconnect();
  await database.stop();
}
