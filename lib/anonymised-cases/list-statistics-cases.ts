import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { READABLE_RECORD } from "@/lib/anonymised-cases/labels";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { stockholmDate } from "@/lib/dates";
import type { NamedRef, OrganisationRef, StatCase } from "@/lib/statistics/types";

const DAY_MS = 86_400_000;

/** Whole Swedish calendar days from one instant to another; null when either is missing or the order is odd. */
function daysBetween(from: Date | null | undefined, to: Date | null | undefined): number | null {
  if (!from || !to) return null;
  const days = Math.round((Date.parse(stockholmDate(to)) - Date.parse(stockholmDate(from))) / DAY_MS);
  return days >= 0 ? days : null;
}

/** Groups rows by their report, keeping their order. */
function byReport<T extends { reportId: string }>(rows: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.reportId);
    if (list) list.push(row);
    else grouped.set(row.reportId, [row]);
  }
  return grouped;
}

/**
 * The approved anonymised brister of the given years as statistics rows: the record's coarse fields, the
 * categories the arbetsgrupp settled on (the coordinators' classification until the group has reviewed the brist),
 * and day counts between the case's milestones. Exact dates are read to count days and never leave this function.
 *
 * A few flat queries, each filtered by the same readable records and joined here by report: nested relation reads
 * took seconds for a large year.
 */
export async function listStatisticsCases(
  db: PrismaClient,
  user: Actor | null,
  filter: { years?: number[] } = {},
): Promise<StatCase[]> {
  await assertPermission(db, user, "anonymised:read");
  const readable = {
    ...READABLE_RECORD,
    ...(filter.years ? { year: { in: filter.years } } : {}),
  } satisfies Prisma.AnonymisedCaseWhereInput;
  const records = await db.anonymisedCase.findMany({
    where: readable,
    select: {
      reportId: true,
      year: true,
      eventMonth: true,
      organisationId: true,
      reporterHuvudman: true,
      partnerOrganisationIds: true,
      partnerHuvudman: true,
    },
  });
  // The rows of the same records' reports, by a join on the record alone (its state and year): a filter through
  // the report's status as well made each query several times slower. Rows of reports that are not readable
  // are dropped below, as no record refers to them.
  const ofRecords = {
    anonymised: {
      is: { state: READABLE_RECORD.state, ...(filter.years ? { year: { in: filter.years } } : {}) },
    },
  } satisfies Prisma.ReportWhereInput;
  // One after the other: the embedded database runs one query at a time, and took longer when given them at once.
  const reports = await db.report.findMany({
    where: ofRecords,
    select: {
      id: true,
      reference: true,
      sequence: true,
      submittedAt: true,
      eventDate: true,
      isSolved: true,
      needsEscalation: true,
    },
  });
  const reportCategories = await db.reportCategory.findMany({
    where: { report: ofRecords },
    select: { reportId: true, categoryId: true },
  });
  const reviewCategories = await db.reviewCategory.findMany({
    where: { review: { report: ofRecords } },
    select: { reportId: true, categoryId: true },
  });
  const reportAreas = await db.reportArea.findMany({
    where: { report: ofRecords },
    select: { reportId: true, areaId: true },
  });
  const categories = await db.category.findMany({ select: { id: true, name: true } });
  const areas = await db.area.findMany({ select: { id: true, name: true } });
  const organisations = await db.organisation.findMany({ select: { id: true, name: true, huvudman: true } });
  const registrations = await db.auditLog.groupBy({
    by: ["reportId"],
    where: { action: "CASE_REGISTERED", report: ofRecords },
    _min: { createdAt: true },
  });
  const firstFeedback = await db.message.groupBy({
    by: ["reportId"],
    where: { fromReporter: false, report: ofRecords },
    _min: { createdAt: true },
  });
  const reportById = new Map(reports.map((report) => [report.id, report]));
  const categoryById = new Map<string, NamedRef>(categories.map((c) => [c.id, c]));
  const areaById = new Map<string, NamedRef>(areas.map((a) => [a.id, a]));
  const organisationById = new Map<string, OrganisationRef>(organisations.map((o) => [o.id, o]));
  const classified = byReport(reportCategories);
  const reviewed = byReport(reviewCategories);
  const areasOf = byReport(reportAreas);
  const registeredAt = new Map(registrations.map((row) => [row.reportId, row._min.createdAt]));
  const feedbackAt = new Map(firstFeedback.map((row) => [row.reportId, row._min.createdAt]));
  const named = (ids: readonly string[] | undefined, from: Map<string, NamedRef>) =>
    (ids ?? []).flatMap((id) => {
      const found = from.get(id);
      return found ? [found] : [];
    });

  return records
    .flatMap((record) => {
      const report = reportById.get(record.reportId);
      return report ? [{ record, report }] : [];
    })
    .sort((a, b) => a.record.year - b.record.year || a.report.sequence - b.report.sequence)
    .map(({ record, report }): StatCase => {
      const settled = reviewed.get(record.reportId) ?? classified.get(record.reportId);
      const registered = registeredAt.get(record.reportId) ?? null;
      return {
        id: record.reportId,
        reference: report.reference,
        year: record.year,
        eventMonth: record.eventMonth,
        submittedMonth: stockholmDate(report.submittedAt).slice(0, 7),
        categories: named(
          settled?.map((row) => row.categoryId),
          categoryById,
        ),
        areas: named(
          areasOf.get(record.reportId)?.map((row) => row.areaId),
          areaById,
        ),
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
