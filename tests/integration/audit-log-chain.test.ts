import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { auditRowHash, GENESIS_HASH } from "@/lib/audit/audit-chain";
import { writeAudit } from "@/lib/audit/audit-actions";
import { describeAuditChainResult, verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/migrations";
import { submitReport } from "@/lib/reports/submit-report";
import { createReferenceData, insertCompleteDraft } from "../setup/db-helpers";
import { setupTestDb } from "../setup/test-db";

// The audit log is append-only and hash-chained (docs/decisions/011): on PGlite, and on PostgreSQL when
// DATABASE_URL is set.

const db = setupTestDb();

const REFUSED = /Granskningsloggen \("AuditLog"\) kan inte ändras/;

/** The error's whole text, the database's message included (Prisma puts it in the message or the cause). */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const { message, meta } = error as { message?: string; meta?: unknown };
    return `${message ?? String(error)} ${JSON.stringify(meta ?? {})}`;
  }
  throw new Error("väntade ett fel");
}

function signOut(actorLabel: string) {
  return db.prisma.$transaction((tx) => writeAudit(tx, { action: "SIGN_OUT", actorLabel }));
}

async function writeRows(count: number) {
  for (let i = 1; i <= count; i++) await signOut(`user-${i}`);
  return db.prisma.auditLog.findMany({ orderBy: { seq: "asc" } });
}

/** As the table's owner, with the refusing trigger off for one transaction: what an intruder with owner rights does. */
async function tamper(...statements: string[]) {
  await db.prisma.$transaction([
    db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_immutable"`),
    ...statements.map((sql) => db.prisma.$executeRawUnsafe(sql)),
    db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_immutable"`),
  ]);
}

describe("the audit log refuses changes", () => {
  it("refuses UPDATE and DELETE through Prisma and leaves the row as it was", async () => {
    const [row] = await writeRows(1);
    const where = { id: row!.id };
    expect(await failure(db.prisma.auditLog.update({ where, data: { actorLabel: "x" } }))).toMatch(REFUSED);
    expect(await failure(db.prisma.auditLog.updateMany({ data: { action: "SIGN_IN" } }))).toMatch(REFUSED);
    expect(await failure(db.prisma.auditLog.delete({ where }))).toMatch(REFUSED);
    expect(await failure(db.prisma.auditLog.deleteMany())).toMatch(REFUSED);
    expect(await db.prisma.auditLog.findMany()).toEqual([row]);
  });

  it("refuses UPDATE and DELETE in SQL, naming the operation", async () => {
    const [row] = await writeRows(1);
    expect(
      await failure(db.prisma.$executeRaw`UPDATE "AuditLog" SET "actorLabel" = 'x' WHERE "id" = ${row!.id}`),
    ).toMatch(/kan inte ändras: UPDATE nekas/);
    expect(await failure(db.prisma.$executeRaw`DELETE FROM "AuditLog"`)).toMatch(
      /kan inte ändras: DELETE nekas/,
    );
    expect(await db.prisma.auditLog.findMany()).toEqual([row]);
  });

  it("keeps a report that has audit rows from being deleted", async () => {
    const ids = await createReferenceData(db.prisma);
    const now = new Date();
    const { reportId } = await submitReport(
      db.prisma,
      (await insertCompleteDraft(db.prisma, ids, now)).draft,
      now,
    );
    expect(await failure(db.prisma.report.delete({ where: { id: reportId } }))).toMatch(
      /AuditLog_reportId_fkey|foreign key/i,
    );
    expect(await db.prisma.auditLog.count({ where: { reportId } })).toBe(1);
  });
});

describe("the hash chain", () => {
  it("chains every row, however it is inserted, and Node.js computes the database's hashes", async () => {
    await signOut("Rapportör");
    // Straight inserts (tests, a person with INSERT rights) are chained too; what they claim is replaced.
    await db.prisma.auditLog.create({
      data: {
        action: "CASE_VIEWED",
        actorLabel: 'citat " och \\ och radbrytning\n, tabb\t, styrtecken \u0001, ö, 😀',
        data: { b: 1.5, a: "ö😀", nested: { z: null, y: [1, "två"] }, big: 12345678901234 },
        prevHash: "f".repeat(64),
        hash: "f".repeat(64),
        seq: 999,
      },
    });
    await db.prisma.auditLog.createMany({
      data: [
        { action: "SIGN_IN", actorLabel: "a", createdAt: new Date("2020-01-01T00:00:00.001Z") },
        { action: "SIGN_IN", actorLabel: "b", data: {} },
      ],
    });
    await db.prisma.$executeRaw`INSERT INTO "AuditLog" ("id", "action", "actorLabel", "data")
      VALUES ('raw-1', 'SIGN_OUT', '', 'null'::jsonb)`;

    const rows = await db.prisma.auditLog.findMany({ orderBy: { seq: "asc" } });
    expect(rows).toHaveLength(5);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    expect(rows[1]!.seq).not.toBe(999);
    for (const [index, row] of rows.entries()) {
      if (index > 0) expect(row.prevHash).toBe(rows[index - 1]!.hash);
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    const [stored] = await db.prisma.$queryRaw<{ data: string }[]>`
      SELECT "data"::text AS "data" FROM "AuditLog" WHERE "seq" = ${rows[1]!.seq}`;
    expect(
      auditRowHash({ ...rows[1]!, createdAt: rows[1]!.createdAt.toISOString(), data: stored!.data }),
    ).toBe(rows[1]!.hash);

    const result = await verifyAuditChain(db.prisma);
    expect(result).toEqual({
      ok: true,
      rows: 5,
      last: { seq: rows[4]!.seq, hash: rows[4]!.hash, createdAt: rows[4]!.createdAt.toISOString() },
    });
    expect(describeAuditChainResult(result)).toMatch(/^OK, 5 rader\n/);
  });

  it("chains the rows of one transaction in order and forgets a rolled-back one", async () => {
    await db.prisma.$transaction(async (tx) => {
      for (const actorLabel of ["a", "b", "c"]) await writeAudit(tx, { action: "SIGN_OUT", actorLabel });
    });
    await expect(
      db.prisma.$transaction(async (tx) => {
        await writeAudit(tx, { action: "SIGN_OUT", actorLabel: "rolled back" });
        throw new Error("avbruten");
      }),
    ).rejects.toThrow("avbruten");
    await signOut("d");
    const rows = await db.prisma.auditLog.findMany({ orderBy: { seq: "asc" } });
    expect(rows.map((row) => row.actorLabel)).toEqual(["a", "b", "c", "d"]);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ ok: true, rows: 4 });
  });

  it("does not fork under 50 concurrent writing transactions", async () => {
    const writers = Array.from({ length: 50 }, (_, i) =>
      db.prisma.$transaction(
        async (tx) => {
          await writeAudit(tx, {
            action: "SIGN_IN_FAILED",
            actorLabel: `w${i}`,
            data: { reason: "wrong_password" },
          });
          // Holding the transaction open a little after the row lets others queue behind the chain's lock.
          await tx.$executeRaw`SELECT pg_sleep(0.005)`;
          if (i % 5 === 0) await writeAudit(tx, { action: "SIGN_OUT", actorLabel: `w${i}` });
          if (i % 7 === 0) throw new Error("avbruten");
        },
        { maxWait: 60_000, timeout: 60_000 },
      ),
    );
    const settled = await Promise.allSettled(writers);
    const committed = settled.filter((result) => result.status === "fulfilled").length;
    expect(committed).toBe(50 - 8);

    const rows = await db.prisma.auditLog.findMany({ orderBy: { seq: "asc" } });
    const expectedRows = Array.from({ length: 50 }, (_, i) => i)
      .filter((i) => i % 7 !== 0)
      .reduce((sum, i) => sum + (i % 5 === 0 ? 2 : 1), 0);
    expect(rows).toHaveLength(expectedRows);
    // No two rows chain onto the same row.
    expect(new Set(rows.map((row) => row.prevHash)).size).toBe(rows.length);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ ok: true, rows: expectedRows });
  }, 120_000);

  it("refuses audit rows from a transaction that could miss the last row", async () => {
    const message = await failure(
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`;
        await writeAudit(tx, { action: "SIGN_OUT", actorLabel: "rr" });
      }),
    );
    expect(message).toMatch(/READ COMMITTED/);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });
});

describe("tampering", () => {
  it("finds a changed row at that row", async () => {
    const rows = await writeRows(8);
    await tamper(`UPDATE "AuditLog" SET "actorLabel" = 'någon annan' WHERE "seq" = ${rows[4]!.seq}`);
    const result = await verifyAuditChain(db.prisma);
    expect(result).toEqual({
      ok: false,
      rows: 4,
      break: {
        seq: rows[4]!.seq,
        id: rows[4]!.id,
        createdAt: rows[4]!.createdAt.toISOString(),
        reason: "hash",
      },
    });
    expect(describeAuditChainResult(result)).toContain(`bruten vid raden ${rows[4]!.id}`);
  });

  it("finds a changed row whose hash was recomputed at the row after it", async () => {
    const rows = await writeRows(8);
    await tamper(
      `UPDATE "AuditLog" SET "action" = 'SIGN_IN' WHERE "seq" = ${rows[2]!.seq}`,
      `UPDATE "AuditLog" SET "hash" = "audit_log_hash"("AuditLog") WHERE "seq" = ${rows[2]!.seq}`,
    );
    expect(await verifyAuditChain(db.prisma)).toMatchObject({
      ok: false,
      rows: 3,
      break: { id: rows[3]!.id, reason: "link" },
    });
  });

  it("finds a deleted row at the row after it, also the first", async () => {
    const rows = await writeRows(6);
    await tamper(`DELETE FROM "AuditLog" WHERE "seq" = ${rows[3]!.seq}`);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({
      ok: false,
      rows: 3,
      break: { id: rows[4]!.id, reason: "link" },
    });
    await tamper(`DELETE FROM "AuditLog" WHERE "seq" = ${rows[0]!.seq}`);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({
      ok: false,
      rows: 0,
      break: { id: rows[1]!.id, reason: "link" },
    });
  });

  it("sees a removed tail only against the last hash noted earlier", async () => {
    const rows = await writeRows(4);
    const noted = await verifyAuditChain(db.prisma);
    await tamper(`DELETE FROM "AuditLog" WHERE "seq" = ${rows[3]!.seq}`);
    const after = await verifyAuditChain(db.prisma);
    expect(after).toMatchObject({ ok: true, rows: 3 });
    expect(after.ok && noted.ok && after.last?.hash === noted.last?.hash).toBe(false);
  });
});

describe("the migration", () => {
  it("chains the rows written before it, oldest first", async () => {
    const chainMigration = (await readdir(MIGRATIONS_DIR)).find((name) =>
      name.endsWith("_audit_log_immutable_and_chained"),
    )!;
    const earlier = await mkdtemp(path.join(os.tmpdir(), "bis-migrations-"));
    const pglite = new PGlite("memory://");
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    try {
      for (const entry of await readdir(MIGRATIONS_DIR, { withFileTypes: true })) {
        if (entry.isDirectory() && entry.name < chainMigration) {
          await cp(path.join(MIGRATIONS_DIR, entry.name), path.join(earlier, entry.name), {
            recursive: true,
          });
        }
      }
      await applyMigrations(pglite, earlier);
      await pglite.exec(`
        INSERT INTO "AuditLog" ("id", "createdAt", "action", "actorLabel", "data") VALUES
          ('second', '2026-02-01 10:00:00.5', 'SIGN_IN', 'a', '{"x": 1}'),
          ('first', '2026-01-01 10:00:00', 'SIGN_OUT', 'b', NULL),
          ('third', '2026-03-01 10:00:00', 'CASE_VIEWED', 'Rapportör', '{"reference": "BIS-2026-0001"}')`);

      // The chain migration first, then any that came after it.
      expect((await applyMigrations(pglite))[0]).toBe(chainMigration);
      const rows = await prisma.auditLog.findMany({ orderBy: { seq: "asc" } });
      expect(rows.map((row) => [row.id, row.seq])).toEqual([
        ["first", 1],
        ["second", 2],
        ["third", 3],
      ]);
      expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true, rows: 3 });

      // New rows continue the chain; old ones are now as fixed as new ones.
      await prisma.auditLog.create({ data: { action: "SIGN_OUT", actorLabel: "c" } });
      expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true, rows: 4 });
      expect(await failure(prisma.auditLog.delete({ where: { id: "first" } }))).toMatch(REFUSED);
    } finally {
      await prisma.$disconnect();
      await pglite.close();
      await rm(earlier, { recursive: true, force: true });
    }
  }, 120_000);
});
