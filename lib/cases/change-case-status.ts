import type { PrismaClient } from "@/generated/prisma/client";
import type { CaseStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/assert-permission";
import { mutateCase } from "@/lib/cases/case-mutation";
import { transition } from "@/lib/cases/status-transitions";
import { AppError } from "@/lib/errors";

export async function changeCaseStatus(
  db: PrismaClient,
  user: Actor,
  input: { reportId: string; to: CaseStatus; reason: string },
) {
  return mutateCase(db, user, input.reportId, async (tx, report) => {
    const outcome = transition(report.status, input.to, {
      reason: input.reason,
      hasDiarienummer: !!report.diarienummer,
      hasAnonymisedText: !!report.anonymisedAt,
    });
    if (!outcome.ok) throw new AppError("INVALID", outcome.message);
    await tx.report.update({
      where: { id: report.id },
      data: { status: input.to, statusReason: input.reason || null },
    });
    return {
      result: input.to,
      // The reason is staff's own wording about the case handling, kept on the case; the audit row holds only the states.
      audit: { action: "CASE_STATUS_CHANGED", data: { from: report.status, to: input.to } },
    };
  });
}
