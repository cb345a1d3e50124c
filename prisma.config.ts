import "dotenv/config";
import { defineConfig } from "prisma/config";

// The migration CLI is not used at runtime (scripts/migrate.ts applies the committed SQL); this config only serves `prisma generate`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
