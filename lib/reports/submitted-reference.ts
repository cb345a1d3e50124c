import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

/**
 * The reference of the report a submitted draft became, for the receipt shown again after a reload. Only the
 * reference: the follow-up code is shown once, at submit, and is not stored in a readable form.
 */
export async function getSubmittedReference(
  db: Pick<PrismaClient, "report">,
  draft: { reportId: string | null },
): Promise<string | null> {
  if (!draft.reportId) return null;
  const report = await db.report.findUnique({ where: { id: draft.reportId }, select: { reference: true } });
  return report?.reference ?? null;
}
