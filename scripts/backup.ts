import { backupDatabase } from "@/lib/backup/backup-database";
import { ownerTarget } from "@/lib/db";
import { env } from "@/lib/env";

// `npm run backup`: a timestamped backup of the configured database into BACKUP_DIR (README "Backup and restore").
// PostgreSQL: pg_dump --format=custom as the owner (MIGRATION_DATABASE_URL when set), while the app runs.
// The embedded PGlite: its data directory as .tar.gz; stop the app first (one process per directory).
const target = ownerTarget();
if (target.kind === "pglite") console.log(`Säkerhetskopierar ${target.dir} (appen ska vara stoppad)…`);
try {
  const { file, bytes } = await backupDatabase(target, env.BACKUP_DIR);
  console.log(`Säkerhetskopia: ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
