import type { PrismaClient } from "@/generated/prisma/client";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authorizeStaff } from "@/lib/auth/auth-options";
import { hashPassword } from "@/lib/auth/passwords";
import { SIGN_IN_WAIT } from "@/lib/auth/schemas";
import { findReportForFollowUp } from "@/lib/reports/follow-up";
import { clientKey } from "@/lib/security/client-key";
import { createReferenceData, createStaff, insertCompleteDraft, submitNewReport } from "../setup/db-helpers";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const now = new Date("2026-03-02T09:00:00Z");
const WRONG_CODE = "ABCDE-FGHJK-MNPQR-STVWX-YZ012-3";
const PASSWORD = "rätt-lösenord-för-samordnaren";
/** Hundreds of requests each: on a shared PostgreSQL server that takes a while. */
const SLOW = 180_000;

beforeAll(() => {
  // authorizeStaff reads the app's one client; in this file that is the test database.
  (globalThis as unknown as { brisDb?: Promise<PrismaClient> }).brisDb = Promise.resolve(db.prisma);
});

/** A client as the app sees it behind one trusted proxy. */
const client = (address: string) => clientKey(address, 1);

function lookUp(code: string, from: string | null, at = now) {
  return findReportForFollowUp(db.prisma, code, {
    clientKey: from,
    now: at,
    maxAttempts: 10,
    windowMinutes: 15,
  });
}

describe("follow-up codes: the guesser waits, reporters don't", () => {
  let followUpCode: string;
  beforeEach(async () => {
    const ids = await createReferenceData(db.prisma);
    const { draft } = await insertCompleteDraft(db.prisma, ids, now);
    ({ followUpCode } = await submitNewReport(db.prisma, draft, now));
  });

  it(
    "after 200 wrong codes from one client, another client's valid code works at once",
    async () => {
      const guesser = client("203.0.113.66");
      const refusals: Record<string, number> = { NOT_FOUND: 0, RATE_LIMITED: 0 };
      for (let i = 0; i < 200; i++) {
        const code = await lookUp(WRONG_CODE, guesser).then(
          () => "FOUND",
          (error: { code: string }) => error.code,
        );
        refusals[code] = (refusals[code] ?? 0) + 1;
      }
      expect(refusals).toEqual({ NOT_FOUND: 10, RATE_LIMITED: 190 });

      const started = Date.now();
      await expect(lookUp(followUpCode, client("198.51.100.4"))).resolves.toMatchObject({
        reference: "BIS-2026-0001",
      });
      // Even the guesser's own connection gets the report with the right code.
      await expect(lookUp(followUpCode, guesser)).resolves.toMatchObject({ reference: "BIS-2026-0001" });
      expect(Date.now() - started).toBeLessThan(1_000);
    },
    SLOW,
  );

  it(
    "wrong codes spread over 25 addresses slow down failures but never refuse a valid code",
    async () => {
      for (let i = 0; i < 200; i++) {
        await expect(lookUp(WRONG_CODE, client(`192.0.2.${i % 25}`))).rejects.toMatchObject({
          code: "NOT_FOUND",
        });
      }
      const started = Date.now();
      await expect(lookUp(followUpCode, client("198.51.100.4"))).resolves.toMatchObject({
        reference: "BIS-2026-0001",
      });
      await expect(lookUp(followUpCode, null)).resolves.toMatchObject({ reference: "BIS-2026-0001" });
      expect(Date.now() - started).toBeLessThan(1_000);
      // The next wrong code is held back: the service-wide count only slows failures.
      const wrongStarted = Date.now();
      await expect(lookUp(WRONG_CODE, client("198.51.100.9"))).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(Date.now() - wrongStarted).toBeGreaterThanOrEqual(40);
    },
    SLOW,
  );
});

describe("staff sign-in: a stranger can't lock the owner out", () => {
  beforeEach(async () => {
    await createStaff(db.prisma, "SAMORDNARE", "samordnare@example.se", {
      name: "Samordnare",
      passwordHash: await hashPassword(PASSWORD),
    });
  });

  const signIn = (password: string, from: string | null) =>
    authorizeStaff({ email: "samordnare@example.se", password }, from, now);

  it(
    "after 50 wrong passwords from one client, the owner signs in from another client at once",
    async () => {
      const guesser = client("203.0.113.66");
      // Ten wrong passwords are answered as such; from then on the guesser is told to wait.
      for (let i = 0; i < 50; i++) {
        if (i < 10) expect(await signIn(`fel-${i}`, guesser)).toBeNull();
        else await expect(signIn(`fel-${i}`, guesser)).rejects.toThrow(SIGN_IN_WAIT);
      }

      const started = Date.now();
      await expect(signIn(PASSWORD, client("198.51.100.4"))).resolves.toMatchObject({
        email: "samordnare@example.se",
      });
      expect(Date.now() - started).toBeLessThan(2_000);
      // The guesser itself is refused without its password being checked; the refusals are counted per window.
      await expect(signIn(PASSWORD, guesser)).rejects.toThrow(SIGN_IN_WAIT);
      const reasons = await db.prisma.auditLog.groupBy({
        by: ["action"],
        where: { action: { in: ["SIGN_IN", "SIGN_IN_FAILED"] } },
        _count: { _all: true },
      });
      expect(Object.fromEntries(reasons.map((r) => [r.action, r._count._all]))).toEqual({
        SIGN_IN: 1,
        SIGN_IN_FAILED: 10,
      });
      expect(
        await db.prisma.refusalCount.findFirst({ where: { kind: "sign_in" }, select: { count: true } }),
      ).toEqual({ count: 41 });
    },
    SLOW,
  );

  it(
    "without a known client (no trusted proxy), wrong passwords never lock the account",
    async () => {
      for (let i = 0; i < 12; i++) expect(await signIn(`fel-${i}`, null)).toBeNull();
      await expect(signIn(PASSWORD, null)).resolves.toMatchObject({ email: "samordnare@example.se" });
    },
    SLOW,
  );
});
