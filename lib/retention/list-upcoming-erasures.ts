import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import {
  UPCOMING_ERASURE_DAYS,
  closedOnOrBefore,
  erasureDate,
  isErasureDue,
  isErasureUpcoming,
  isRetentionOver,
} from "@/lib/retention/retention-due";
import { getRetentionSettings } from "@/lib/settings/retention-settings";

const DAY_MS = 86_400_000;

/**
 * For the coordinators: the cases gallring will erase within the next 30 days (those already due go at the next
 * run), so a case that must be kept can get a legal hold in time; and the cases a legal hold keeps now, so each
 * hold can be reviewed.
 */
export async function listUpcomingErasures(db: PrismaClient, actor: Actor | null, now = new Date()) {
  await assertPermission(db, actor, "case:read");
  const { caseRetentionYears: years } = await getRetentionSettings(db);
  const horizon = new Date(now.getTime() + UPCOMING_ERASURE_DAYS * DAY_MS);
  const select = {
    id: true,
    reference: true,
    status: true,
    closedAt: true,
    erasedAt: true,
    legalHoldAt: true,
    legalHoldReason: true,
  } as const;
  const [closing, held] = await Promise.all([
    db.report.findMany({
      where: {
        status: "AVSLUTAD",
        erasedAt: null,
        legalHoldAt: null,
        closedAt: { lte: closedOnOrBefore(horizon, years) },
      },
      select,
      orderBy: [{ closedAt: "asc" }, { reference: "asc" }],
    }),
    db.report.findMany({
      where: { legalHoldAt: { not: null }, erasedAt: null },
      select,
      orderBy: [{ legalHoldAt: "asc" }, { reference: "asc" }],
    }),
  ]);
  return {
    years,
    days: UPCOMING_ERASURE_DAYS,
    upcoming: closing
      .filter((report) => isErasureUpcoming(report, years, now))
      .map((report) => ({
        id: report.id,
        reference: report.reference,
        closedAt: report.closedAt!,
        erasureDate: erasureDate(report.closedAt!, years),
        /** The period is already over: the next run erases it. */
        isDue: isErasureDue(report, years, now),
      })),
    held: held.map((report) => ({
      id: report.id,
      reference: report.reference,
      status: report.status,
      reason: report.legalHoldReason ?? "",
      heldSince: report.legalHoldAt!,
      closedAt: report.closedAt,
      /** Without the hold, gallring would already have erased it. */
      isRetentionOver: isRetentionOver(report, years, now),
    })),
  };
}
