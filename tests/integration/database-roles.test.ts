import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import pg from "pg";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { backupDatabase, restoreDatabase } from "@/lib/backup/backup-database";
import { connect } from "@/lib/db";
import { ensureReferenceData } from "@/lib/reference-data/ensure-reference-data";
import { submitReport } from "@/lib/reports/submit-report";
import { insertCompleteDraft } from "../setup/db-helpers";
import { reachablePostgres } from "../setup/postgres-server";
import { adminClient, withDatabase } from "../setup/test-db";

// README "Database roles": deploy/postgres-roles.sql as written there, with this test's own role and database names.
// The app's role (DATABASE_URL) works, may not change the audit log even without its triggers, and needs no rights
// to migrate when nothing is pending; the owner (MIGRATION_DATABASE_URL) migrates, backs up and restores.

const SCRIPT = path.join(process.cwd(), "deploy", "postgres-roles.sql");

interface Setup {
  owner: string;
  app: string;
  database: string;
  restored: string;
}

/** The script's statements per database it connects to, with this run's names in place of bis_owner, bis_app, bis. */
async function rolesScript(names: Setup): Promise<{ database: string | null; statements: string[] }[]> {
  const text = (await readFile(SCRIPT, "utf8"))
    .replaceAll(":'owner_password'", "'owner-test-password'")
    .replaceAll(":'app_password'", "'app-test-password'")
    .replace(/\bbis_owner\b/g, names.owner)
    .replace(/\bbis_app\b/g, names.app)
    .replace(/\bDATABASE bis\b/g, `DATABASE ${names.database}`)
    .replace(/^\\connect bis$/m, `\\connect ${names.database}`);
  const parts: { database: string | null; statements: string[] }[] = [{ database: null, statements: [] }];
  let statement = "";
  for (const line of text.split("\n")) {
    if (line.startsWith("--") || line.trim() === "") continue;
    const connectTo = /^\\connect (\S+)$/.exec(line);
    if (connectTo) {
      parts.push({ database: connectTo[1]!, statements: [] });
      continue;
    }
    statement += `${line}\n`;
    if (line.trimEnd().endsWith(";")) {
      parts[parts.length - 1]!.statements.push(statement.trim());
      statement = "";
    }
  }
  expect(statement.trim()).toBe("");
  return parts;
}

async function asSuperuser(server: string, database: string | null, sql: string[]) {
  const client = database
    ? new pg.Client({ connectionString: withDatabase(server, database) })
    : await adminClient(server);
  if (database) await client.connect();
  try {
    for (const statement of sql) await client.query(statement);
  } finally {
    await client.end();
  }
}

function roleUrl(server: string, role: string, database: string, password: string) {
  const url = new URL(withDatabase(server, database));
  url.username = role;
  url.password = password;
  return url.toString();
}

const server = await reachablePostgres("testet av databasrollerna");

describe.skipIf(!server)("an app role without UPDATE and DELETE on the audit log", () => {
  let setup: Setup | undefined;
  afterEach(async () => {
    if (!setup) return;
    const { owner, app, database, restored } = setup;
    setup = undefined;
    await asSuperuser(server!, null, [
      `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`,
      `DROP DATABASE IF EXISTS "${restored}" WITH (FORCE)`,
      `DROP ROLE IF EXISTS "${app}"`,
      `DROP ROLE IF EXISTS "${owner}"`,
    ]);
  });

  it("runs the app, migrates as the owner, and backs up and restores as the owner", async () => {
    const suffix = randomBytes(4).toString("hex");
    setup = {
      owner: `bis_test_owner_${suffix}`,
      app: `bis_test_app_${suffix}`,
      database: `bis_test_roles_${suffix}`,
      restored: `bis_test_roles_restored_${suffix}`,
    };
    for (const part of await rolesScript(setup)) await asSuperuser(server!, part.database, part.statements);

    const ownerUrl = roleUrl(server!, setup.owner, setup.database, "owner-test-password");
    const appUrl = roleUrl(server!, setup.app, setup.database, "app-test-password");
    const app = connect({ kind: "postgres", url: appUrl, migrationUrl: ownerUrl });
    try {
      expect((await app.migrate()).length).toBeGreaterThan(0);
      // Without MIGRATION_DATABASE_URL the app's role finds nothing pending, though it may create nothing.
      const appOnly = connect({ kind: "postgres", url: appUrl });
      try {
        expect(await appOnly.migrate()).toEqual([]);
      } finally {
        await appOnly.close();
      }

      // The app's ordinary work, audit rows included.
      const now = new Date();
      await ensureReferenceData(app.prisma, { now });
      const organisation = await app.prisma.organisation.findFirstOrThrow({ where: { huvudman: "KOMMUN" } });
      const partner = await app.prisma.organisation.findFirstOrThrow({ where: { huvudman: "REGION" } });
      const area = await app.prisma.area.findFirstOrThrow();
      const ids = { organisationId: organisation.id, partnerOrganisationId: partner.id, areaId: area.id };
      const { reportId } = await submitReport(
        app.prisma,
        (await insertCompleteDraft(app.prisma, ids, now)).draft,
        now,
      );
      await app.prisma.report.update({ where: { id: reportId }, data: { lastActivityAt: now } });

      // Refused by the grants alone, before any trigger.
      const refusals = [
        `UPDATE "AuditLog" SET "actorLabel" = 'x'`,
        `DELETE FROM "AuditLog"`,
        `TRUNCATE "AuditLog"`,
        `ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_immutable"`,
        `DROP TRIGGER "AuditLog_immutable" ON "AuditLog"`,
      ];
      for (const sql of refusals) {
        await expect(app.prisma.$executeRawUnsafe(sql), sql).rejects.toThrow(
          /permission denied|must be owner/,
        );
      }
      expect(await verifyAuditChain(app.prisma)).toMatchObject({
        ok: true,
        rows: await app.prisma.auditLog.count(),
      });

      // The owner backs up and restores into a new database it owns; the app's grants come back with it.
      await asSuperuser(server!, null, [`CREATE DATABASE "${setup.restored}" OWNER "${setup.owner}"`]);
      const backupDir = await mkdtemp(path.join(os.tmpdir(), "bis-roles-backup-"));
      const { file } = await backupDatabase({ kind: "postgres", url: ownerUrl }, backupDir);
      try {
        const restoredOwnerUrl = roleUrl(server!, setup.owner, setup.restored, "owner-test-password");
        await restoreDatabase(file, { kind: "postgres", url: restoredOwnerUrl });
        const restored = connect({
          kind: "postgres",
          url: roleUrl(server!, setup.app, setup.restored, "app-test-password"),
        });
        try {
          expect(await restored.prisma.report.count()).toBe(1);
          await restored.prisma.$transaction((tx) =>
            tx.auditLog.create({ data: { action: "SIGN_OUT", actorLabel: "x" } }),
          );
          await expect(restored.prisma.$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow(
            /permission denied/,
          );
          expect(await verifyAuditChain(restored.prisma)).toMatchObject({ ok: true });
        } finally {
          await restored.close();
        }
      } finally {
        await rm(backupDir, { recursive: true, force: true });
      }
    } finally {
      await app.close();
    }
  }, 180_000);
});
