import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { countBackupContents } from "@/lib/backup/backup-contents";
import { backupDatabase, restoreDatabase } from "@/lib/backup/backup-database";
import { connect, type DbTarget } from "@/lib/db";
import { PGLITE_EXTENSIONS } from "@/lib/db/pglite-extensions";
import { submitReport } from "@/lib/reports/submit-report";
import { createReferenceData, createStaff, insertCompleteDraft } from "../setup/db-helpers";
import { createScratchDatabase, reachablePostgres, type ScratchDatabase } from "../setup/postgres-server";

// `npm run backup` and `npm run restore` (lib/backup/): a backup restored into an empty database brings back every
// report, message, anonymised record and audit row, and the audit log's chain still verifies. Both kinds, whichever
// database the rest of the suite runs on: PGlite in this process, PostgreSQL in new databases made and dropped here.

let workDir: string;
beforeEach(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "bis-backup-test-"));
});
afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Reports with messages and an anonymised record, a user and their audit rows. */
async function fill(prisma: PrismaClient) {
  const ids = await createReferenceData(prisma);
  const now = new Date();
  const reportIds: string[] = [];
  for (let i = 0; i < 3; i++) {
    const { draft } = await insertCompleteDraft(prisma, ids, now);
    reportIds.push((await submitReport(prisma, draft, now)).reportId);
  }
  const user = await createStaff(prisma, "SAMORDNARE", "sara@example.se", {
    name: "Sara Samordnare",
    passwordHash: "ej-en-hash",
  });
  await prisma.message.createMany({
    data: [
      { reportId: reportIds[0]!, fromReporter: false, authorId: user.id, body: "Tack för rapporten." },
      { reportId: reportIds[0]!, fromReporter: true, body: "Tack för återkopplingen." },
      { reportId: reportIds[1]!, fromReporter: false, authorId: user.id, body: "Vi har tagit upp det." },
    ],
  });
  await prisma.anonymisedCase.create({
    data: {
      reportId: reportIds[0]!,
      year: now.getUTCFullYear(),
      sections: [{ key: "description", label: "Händelsen", text: "[namn] kallades till SIP." }],
      partnerOrganisationIds: [ids.partnerOrganisationId],
      partnerHuvudman: ["REGION"],
      state: "GODKAND",
      redactedById: user.id,
      redactedAt: now,
    },
  });
  await prisma.$transaction((tx) =>
    writeAudit(tx, { action: "SIGN_IN", actorId: user.id, actorLabel: user.id, data: {} }),
  );
}

/** Counts and the chain's last row in `target`, after checking that the app's migrations find nothing to do. */
async function inspect(target: DbTarget) {
  const connection = connect(target);
  try {
    expect(await connection.migrate()).toEqual([]);
    const chain = await verifyAuditChain(connection.prisma);
    return { contents: await countBackupContents(connection.prisma), chain };
  } finally {
    await connection.close();
  }
}

async function fillAndInspect(target: DbTarget) {
  const connection = connect(target);
  try {
    await connection.migrate();
    await fill(connection.prisma);
  } finally {
    await connection.close();
  }
  const before = await inspect(target);
  expect(before.contents).toMatchObject({ reports: 3, messages: 3, anonymisedCases: 1, users: 1 });
  expect(before.contents.auditRows).toBeGreaterThanOrEqual(4);
  expect(before.chain).toMatchObject({ ok: true, rows: before.contents.auditRows });
  return before;
}

async function expectPrivateFile(file: string) {
  expect((await stat(file)).mode & 0o777).toBe(0o600);
}

describe("backup and restore of the embedded PGlite", () => {
  it("restores into an empty directory with every row and an intact audit chain", async () => {
    const source: DbTarget = { kind: "pglite", dir: path.join(workDir, "source") };
    // The integration run's migrated template, when there is one, spares this test an initdb.
    const template = inject("pgliteTemplate");
    if (template) {
      const pglite = new PGlite({
        dataDir: source.dir,
        extensions: PGLITE_EXTENSIONS,
        loadDataDir: new Blob([await readFile(template)]),
      });
      await pglite.close();
    }
    const before = await fillAndInspect(source);

    const backupDir = path.join(workDir, "backups");
    const { file, bytes } = await backupDatabase(source, backupDir, new Date("2026-12-01T23:02:33Z"));
    expect(path.basename(file)).toBe("bis-2026-12-01T23-02-33Z.tar.gz");
    expect(bytes).toBeGreaterThan(0);
    await expectPrivateFile(file);
    await expect(backupDatabase(source, backupDir, new Date("2026-12-01T23:02:33Z"))).rejects.toThrow(
      /finns redan/,
    );

    const restored: DbTarget = { kind: "pglite", dir: path.join(workDir, "restored") };
    await restoreDatabase(file, restored);
    expect(await inspect(restored)).toEqual(before);

    await expect(restoreDatabase(file, restored)).rejects.toThrow(/inte tom/);
    await expect(
      restoreDatabase(file, { kind: "postgres", url: "postgresql://localhost/x" }),
    ).rejects.toThrow(/kommer från den inbyggda databasen/);
    await expect(
      backupDatabase({ kind: "pglite", dir: path.join(workDir, "none") }, backupDir),
    ).rejects.toThrow(/ingen databas/);
  }, 180_000);
});

const server = await reachablePostgres("säkerhetskopieringen på PostgreSQL");

describe.skipIf(!server)("backup and restore of PostgreSQL", () => {
  const databases: ScratchDatabase[] = [];
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.drop();
  });

  it("restores a pg_dump into a new database with every row and an intact audit chain", async () => {
    const sourceDb = await createScratchDatabase(server!, "bis_backup_source");
    databases.push(sourceDb);
    const targetDb = await createScratchDatabase(server!, "bis_backup_restored");
    databases.push(targetDb);
    const source: DbTarget = { kind: "postgres", url: sourceDb.url };
    const before = await fillAndInspect(source);

    const { file } = await backupDatabase(source, path.join(workDir, "backups"));
    expect(path.basename(file)).toMatch(/^bis-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.dump$/);
    await expectPrivateFile(file);

    const restored: DbTarget = { kind: "postgres", url: targetDb.url };
    await restoreDatabase(file, restored);
    expect(await inspect(restored)).toEqual(before);

    // The restored database keeps its guards: the triggers came back with the schema.
    const connection = connect(restored);
    try {
      await expect(connection.prisma.$executeRaw`DELETE FROM "AuditLog"`).rejects.toThrow(/kan inte ändras/);
      await connection.prisma.$transaction((tx) =>
        writeAudit(tx, { action: "SIGN_OUT", actorLabel: "efter" }),
      );
      expect(await verifyAuditChain(connection.prisma)).toMatchObject({
        ok: true,
        rows: before.chain.rows + 1,
      });
    } finally {
      await connection.close();
    }

    await expect(restoreDatabase(file, restored)).rejects.toThrow(/inte tom/);
    await expect(restoreDatabase(file, { kind: "pglite", dir: path.join(workDir, "x") })).rejects.toThrow(
      /kommer från PostgreSQL/,
    );
  }, 180_000);
});
