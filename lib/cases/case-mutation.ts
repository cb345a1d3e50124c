import "server-only";
import type { Prisma, PrismaClient, Report } from "@/generated/prisma/client";
import { writeAudit, type AuditEventInput } from "@/lib/audit/audit-actions";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { AppError } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

export type CaseAudit = AuditEventInput;

/**
 * The shape of every case change: lock and find the case, let the caller guard and write, then bump the case's
 * activity time and write the audit row(s), all in one transaction.
 */
export async function mutateCase<T>(
  db: PrismaClient,
  user: Actor,
  reportId: string,
  change: (tx: Tx, report: Report) => Promise<{ result: T; audit: CaseAudit | CaseAudit[] }>,
  now = new Date(),
): Promise<T> {
  await assertPermission(db, user, "case:write", reportId);
  return db.$transaction(async (tx) => {
    // Changes to one case run one at a time: a second coordinator's change waits here and then guards
    // against the state the first one left, never against what both read before either wrote.
    await tx.$queryRaw`SELECT 1 FROM "Report" WHERE "id" = ${reportId} FOR UPDATE`;
    const report = await tx.report.findUnique({ where: { id: reportId } });
    if (!report) throw new AppError("NOT_FOUND", "Ärendet finns inte.");
    // Gallring erased the original text: nothing new is added to a case that is kept only as a record.
    if (report.erasedAt) throw new AppError("GONE", "Ärendet är gallrat och kan inte ändras.");
    const { result, audit } = await change(tx, report);
    await tx.report.update({ where: { id: reportId }, data: { lastActivityAt: now } });
    // The actor's own view counts as seen, so their change doesn't mark the case as new for them.
    await tx.caseView.upsert({
      where: { userId_reportId: { userId: user.id, reportId } },
      create: { userId: user.id, reportId, seenAt: now },
      update: { seenAt: now },
    });
    for (const entry of Array.isArray(audit) ? audit : [audit]) {
      await writeAudit(tx, { ...entry, actorId: user.id, actorLabel: user.id, reportId });
    }
    return result;
  });
}
