import { countBackupContents, describeBackupContents } from "@/lib/backup/backup-contents";
import { restoreDatabase } from "@/lib/backup/backup-database";
import { describeAuditChainResult, hasAuditChain, verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { connect, ownerTarget } from "@/lib/db";

// `npm run restore -- <file>`: loads a backup from `npm run backup` into the configured database, which must be
// empty: a new PostgreSQL database (DATABASE_URL, restored as MIGRATION_DATABASE_URL's role when set), or a PGLITE_DIR
// that does not exist yet. Then counts what came back and verifies the audit log's hash chain. Applies no
// migrations: the next `npm start` or `npm run db:migrate` does. README "Backup and restore" has the whole drill.
const file = process.argv[2];
if (!file) {
  console.error("Ange säkerhetskopian: npm run restore -- .data/backups/bis-….dump (eller .tar.gz)");
  process.exit(2);
}
const target = ownerTarget();
try {
  await restoreDatabase(file, target);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log(
  `Återställd från ${file} till ${target.kind === "pglite" ? target.dir : new URL(target.url).pathname.slice(1)}.`,
);
const connection = connect(target);
try {
  console.log(describeBackupContents(await countBackupContents(connection.prisma)));
  if (!(await hasAuditChain(connection.prisma))) {
    console.log(
      "Granskningsloggen har ingen hashkedja än (en äldre säkerhetskopia): nästa migrering lägger till den.",
    );
  } else {
    const chain = await verifyAuditChain(connection.prisma);
    console.log(`Granskningsloggen: ${describeAuditChainResult(chain)}`);
    if (!chain.ok) process.exitCode = 1;
  }
} finally {
  await connection.close();
}
