import { beforeEach, describe, expect, it } from "vitest";
import { writeAudit } from "@/lib/audit/audit-actions";
import {
  flushRefusalCounts,
  recordAnonymousRefusal,
  REFUSAL_WINDOW_MINUTES,
} from "@/lib/audit/anonymous-refusals";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { startAuditReview } from "@/lib/audit/start-audit-review";
import { findReportForFollowUp } from "@/lib/reports/follow-up";
import { openPartnerLink } from "@/lib/reports/partner-links";
import { startDraft } from "@/lib/reports/start-draft";
import { clientKey } from "@/lib/security/client-key";
import { createStaff } from "../setup/db-helpers";
import { setupTestDb } from "../setup/test-db";

const db = setupTestDb();
const now = new Date("2026-03-02T09:01:00Z");
const windowLater = (from: Date) => new Date(from.getTime() + REFUSAL_WINDOW_MINUTES * 60_000);
const WRONG_CODE = "ABCDE-FGHJK-MNPQR-STVWX-YZ012-3";

const aggregated = () =>
  db.prisma.auditLog.findMany({ where: { action: "ANONYMOUS_REFUSALS" }, orderBy: { seq: "asc" } });

beforeEach(async () => {
  await db.prisma.refusalCount.deleteMany();
});

describe("anonymous refusals are counted per client and window, not logged one row each", () => {
  it("100 refused anonymous downloads give one audit row with the count 100", async () => {
    for (let i = 0; i < 100; i++) {
      await expect(exportAuditLog(db.prisma, null, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // Nothing in the audit log while the window is open; every refusal is counted.
    expect(await db.prisma.auditLog.count()).toBe(0);
    const counted = await db.prisma.refusalCount.findMany();
    expect(counted.reduce((sum, row) => sum + row.count, 0)).toBe(100);

    await flushRefusalCounts(db.prisma, windowLater(new Date()));
    const rows = await aggregated();
    // One window unless the 100 requests happened to straddle a window's end.
    expect(rows.length).toBeLessThanOrEqual(2);
    expect(rows.reduce((sum, row) => sum + Number((row.data as { count: number }).count), 0)).toBe(100);
    expect(rows[0]).toMatchObject({ actorLabel: "Ej inloggad", data: { kind: "staff_page", client: null } });
    expect(await db.prisma.auditLog.count({ where: { action: "ACCESS_REFUSED" } })).toBe(0);
  }, 180_000);

  it("writes one row per kind, client and window, with its count, once", async () => {
    const a = clientKey("203.0.113.5", 1);
    const b = clientKey("198.51.100.8", 1);
    for (let i = 0; i < 30; i++) {
      await expect(
        findReportForFollowUp(db.prisma, WRONG_CODE, {
          clientKey: i < 20 ? a : b,
          now,
          maxAttempts: 100,
          windowMinutes: 15,
        }),
      ).rejects.toBeTruthy();
    }
    for (let i = 0; i < 50; i++) {
      await expect(
        openPartnerLink(db.prisma, `RANDOM-TOKEN-${i}-AAAAAAAAAAAAAAAA`, now),
      ).rejects.toMatchObject({
        code: "GONE",
      });
    }
    // Still open: nothing written yet.
    expect(await flushRefusalCounts(db.prisma, now)).toBe(0);
    expect(await db.prisma.auditLog.count()).toBe(0);

    const later = windowLater(now);
    // Two instances closing the same windows at once write them once.
    const written = await Promise.all([
      flushRefusalCounts(db.prisma, later),
      flushRefusalCounts(db.prisma, later),
    ]);
    expect(written[0] + written[1]).toBe(3);
    expect(await flushRefusalCounts(db.prisma, later)).toBe(0);
    const rows = (await aggregated()).map((row) => row.data);
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          kind: "follow_up_code",
          count: 20,
          client: a,
          from: "2026-03-02T09:00:00.000Z",
          to: "2026-03-02T09:15:00.000Z",
        },
        {
          kind: "follow_up_code",
          count: 10,
          client: b,
          from: "2026-03-02T09:00:00.000Z",
          to: "2026-03-02T09:15:00.000Z",
        },
        {
          kind: "partner_link",
          count: 50,
          client: null,
          from: "2026-03-02T09:00:00.000Z",
          to: "2026-03-02T09:15:00.000Z",
        },
      ]),
    );
    expect(rows).toHaveLength(3);
  }, 180_000);

  it("closes a window on the next refusal after it, so no scheduler is needed", async () => {
    await recordAnonymousRefusal(db.prisma, "sign_in", null, now);
    await recordAnonymousRefusal(db.prisma, "sign_in", null, now);
    expect(await aggregated()).toHaveLength(0);
    await recordAnonymousRefusal(db.prisma, "sign_in", null, windowLater(now));
    expect((await aggregated()).map((row) => row.data)).toMatchObject([{ kind: "sign_in", count: 2 }]);
  });

  it("writes no audit row for drafts that are only started", async () => {
    for (let i = 0; i < 100; i++) await startDraft(db.prisma, now, null);
    expect(await db.prisma.draft.count()).toBe(100);
    expect(await db.prisma.auditLog.count()).toBe(0);
  }, 180_000);
});

describe("the loggkontroll", () => {
  it("samples staff access by default, and the security events only when asked", async () => {
    const admin = await createStaff(db.prisma, "ADMIN", "admin@example.se", { name: "Admin" });
    await db.prisma.$transaction((tx) =>
      writeAudit(tx, {
        action: "OUTBOX_VIEWED",
        actorId: admin.id,
        actorLabel: admin.id,
        data: { page: 1, shown: 0 },
      }),
    );
    const today = new Date();
    for (let i = 0; i < 40; i++)
      await recordAnonymousRefusal(db.prisma, "staff_page", null, new Date(today.getTime() - 3_600_000));
    const range = { from: "2000-01-01", to: "2100-12-31", sampleSize: 20 };

    const staff = await startAuditReview(db.prisma, { id: admin.id, role: "ADMIN" }, range);
    expect(staff).toMatchObject({ population: 1, sampled: 1 });
    const security = await startAuditReview(
      db.prisma,
      { id: admin.id, role: "ADMIN" },
      { ...range, events: "security" },
    );
    expect(security).toMatchObject({ population: 1, sampled: 1 });
    const row = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "ANONYMOUS_REFUSALS" } });
    expect(row.data).toMatchObject({ kind: "staff_page", count: 40 });
  });
});
