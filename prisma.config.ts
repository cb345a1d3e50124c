import { defineConfig } from "prisma/config";

// Only for Prisma's own CLI: `prisma generate` (postinstall) needs no database, and the app applies the committed SQL
// itself (lib/db/migrations.ts). The app's configuration, `.env` included, is read in lib/env.ts alone; this file
// does not read `.env`, so a manual `prisma migrate status` takes the URL from the command line:
// `DATABASE_URL=postgresql://… npx prisma migrate status`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
