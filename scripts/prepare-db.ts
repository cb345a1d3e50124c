import { migrateAndSeed } from "@/prisma/seed";

// Before `next dev`: apply migrations, create missing reference data, and demo data per SEED_DEMO.
await migrateAndSeed();
