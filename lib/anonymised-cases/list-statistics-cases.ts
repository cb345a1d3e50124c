import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { READABLE_RECORD } from "@/lib/anonymised-cases/labels";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { stockholmDate } from "@/lib/dates";
import type { OrganisationRef, StatCase } from "@/lib/statistics/types";

const DAY_MS = 86_400_000;

/** Whole Swedish calendar days from one instant to another; null when either is missing or the order is odd. */
function daysBetween(from: Date | null | undefined, to: Date | null | undefined): number | null {
  if (!from || !to) return null;
  const days = Math.round((Date.parse(stockholmDate(to)) - Date.parse(stockholmDate(from))) / DAY_MS);
  return days >= 0 ? days : null;
}

/**
 * The approved anonymised brister of the given years as statistics rows: the record's coarse fields, the
 * categories the arbetsgrupp settled on (the coordinators' classification until the group has reviewed the brist),
 * and day counts between the case's milestones. Exact dates are read to count days and never leave this function.
 */
export async function listStatisticsCases(
  db: PrismaClient,
  user: Actor | null,
  filter: { years?: number[] } = {},
): Promise<StatCase[]> {
  await assertPermission(db, user, "anonymised:read");
  const records = await db.anonymisedCase.findMany({
    where: { ...READABLE_RECORD, ...(filter.years ? { year: { in: filter.years } } : {}) },
    orderBy: [{ year: "asc" }, { report: { sequence: "asc" } }],
    select: {
      reportId: true,
      year: true,
      eventMonth: true,
      organisationId: true,
      reporterHuvudman: true,
      partnerOrganisationIds: true,
      partnerHuvudman: true,
      report: {
        select: {
          reference: true,
          submittedAt: true,
          eventDate: true,
          isSolved: true,
          needsEscalation: true,
          categories: { select: { category: { select: { id: true, name: true } } } },
          areas: { select: { area: { select: { id: true, name: true } } } },
          review: { select: { categories: { select: { category: { select: { id: true, name: true } } } } } },
        },
      },
    },
  });
  const reportIds = records.map((record) => record.reportId);
  const [organisations, registrations, firstFeedback] = await Promise.all([
    db.organisation.findMany({ select: { id: true, name: true, huvudman: true } }),
    db.auditLog.groupBy({
      by: ["reportId"],
      where: { action: "CASE_REGISTERED", reportId: { in: reportIds } },
      _min: { createdAt: true },
    }),
    db.message.groupBy({
      by: ["reportId"],
      where: { fromReporter: false, reportId: { in: reportIds } },
      _min: { createdAt: true },
    }),
  ]);
  const organisationById = new Map<string, OrganisationRef>(organisations.map((o) => [o.id, o]));
  const registeredAt = new Map(registrations.map((row) => [row.reportId, row._min.createdAt]));
  const feedbackAt = new Map(firstFeedback.map((row) => [row.reportId, row._min.createdAt]));

  return records.map((record) => {
    const { report } = record;
    const reviewed = report.review?.categories ?? [];
    const categories = (reviewed.length ? reviewed : report.categories).map((c) => c.category);
    const registered = registeredAt.get(record.reportId) ?? null;
    return {
      id: record.reportId,
      reference: report.reference,
      year: record.year,
      eventMonth: record.eventMonth,
      submittedMonth: stockholmDate(report.submittedAt).slice(0, 7),
      categories,
      areas: report.areas.map((a) => a.area),
      reporterOrganisation: record.organisationId
        ? (organisationById.get(record.organisationId) ?? null)
        : null,
      reporterHuvudman: record.reporterHuvudman,
      partnerOrganisations: record.partnerOrganisationIds.flatMap((id) => {
        const organisation = organisationById.get(id);
        return organisation ? [organisation] : [];
      }),
      partnerHuvudman: record.partnerHuvudman,
      solved: report.isSolved,
      escalated: report.needsEscalation,
      daysEventToReport: daysBetween(report.eventDate, report.submittedAt),
      daysReportToRegistration: daysBetween(report.submittedAt, registered),
      daysRegistrationToFirstFeedback: daysBetween(registered, feedbackAt.get(record.reportId)),
    };
  });
}
