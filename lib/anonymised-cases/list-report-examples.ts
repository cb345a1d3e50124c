import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { monthLabel, READABLE_RECORD } from "@/lib/anonymised-cases/labels";
import { parseStoredSections } from "@/lib/anonymised-cases/schemas";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";

/** The redacted texts an example shows in the annual report: the event, what was done, and the agreed measures. */
const EXAMPLE_SECTION = /^(description|actionsTaken|measure:[^:]+:description)$/;

export interface ReportExample {
  id: string;
  reference: string;
  /** "mars 2026", or null when the month is unknown. */
  month: string | null;
  /** The categories that count: the arbetsgrupp's own (the coordinators' until the brist has been reviewed). */
  categories: string[];
  isReportExample: boolean;
  isFocusCase: boolean;
  /** Redacted texts with their labels ("Händelsen", "Överenskommen åtgärd 1"), in reading order. */
  texts: { label: string; text: string }[];
}

/**
 * The brister of a year the arbetsgrupp chose as examples for the annual report, or for its special focus, as the
 * report shows them: reference, month, categories and the redacted texts of the approved anonymised record. Only
 * records the arbetsgrupp may read; in the case's order.
 */
export async function listReportExamples(
  db: PrismaClient,
  user: Actor | null,
  year: number,
): Promise<ReportExample[]> {
  await assertPermission(db, user, "anonymised:read");
  const records = await db.anonymisedCase.findMany({
    where: {
      ...READABLE_RECORD,
      year,
      report: {
        ...READABLE_RECORD.report,
        review: { is: { OR: [{ isReportExample: true }, { isFocusCase: true }] } },
      },
    },
    orderBy: { report: { sequence: "asc" } },
    take: 200,
    select: {
      reportId: true,
      eventMonth: true,
      sections: true,
      report: {
        select: {
          reference: true,
          categories: { select: { category: { select: { name: true, sortOrder: true } } } },
          review: {
            select: {
              isReportExample: true,
              isFocusCase: true,
              categories: { select: { category: { select: { name: true, sortOrder: true } } } },
            },
          },
        },
      },
    },
  });
  return records.map((record) => {
    const { report } = record;
    const reviewed = report.review?.categories ?? [];
    const categories = (reviewed.length ? reviewed : report.categories)
      .map((c) => c.category)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "sv"))
      .map((c) => c.name);
    return {
      id: record.reportId,
      reference: report.reference,
      month: monthLabel(record.eventMonth),
      categories,
      isReportExample: report.review?.isReportExample ?? false,
      isFocusCase: report.review?.isFocusCase ?? false,
      texts: parseStoredSections(record.sections)
        .filter((section) => EXAMPLE_SECTION.test(section.key) && section.text.trim() !== "")
        .map((section) => ({ label: section.label, text: section.text })),
    };
  });
}
