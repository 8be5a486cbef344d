import { defineConfig } from "prisma/config";

// The URL is read only by Prisma's own CLI (migrate deploy on machines that can fetch
// its native engine); the app connects through lib/db.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/portal" },
});
