import "server-only";
import type { Prisma, Report } from "@/generated/prisma/client";
import type { CaseStatus } from "@/generated/prisma/enums";
import { hasApprovedRedaction } from "@/lib/anonymised-cases/redaction-context";
import type { CaseAudit } from "@/lib/cases/case-mutation";
import { transition } from "@/lib/cases/status-transitions";
import { AppError } from "@/lib/errors";

export interface StatusChange {
  reportId: string;
  /** The status the coordinator saw when choosing; when given, a case changed since is refused, not overwritten. */
  from?: CaseStatus;
  to: CaseStatus;
  reason: string;
}

/** The status change inside a case mutation (see mutateCase), for callers that change more in the same transaction. */
export async function writeStatusChange(
  tx: Prisma.TransactionClient,
  report: Report,
  input: StatusChange,
): Promise<{ result: CaseStatus; audit: CaseAudit }> {
  if (input.from && input.from !== report.status) {
    throw new AppError("CONFLICT", "Ärendet har ändrats av någon annan. Ladda om sidan.");
  }
  const outcome = transition(report.status, input.to, {
    reason: input.reason,
    hasDiarienummer: !!report.diarienummer,
    // Checked only where it matters: the detector runs again over the approved record.
    hasApprovedRedaction: input.to === "AVIDENTIFIERAD" && (await hasApprovedRedaction(tx, report.id)),
  });
  if (!outcome.ok) throw new AppError("INVALID", outcome.message);
  await tx.report.update({
    where: { id: report.id },
    data: {
      status: input.to,
      statusReason: input.reason || null,
      // Gallring counts from the last closing; reopening stops the clock until the case is closed again.
      closedAt: input.to === "AVSLUTAD" ? new Date() : null,
    },
  });
  return {
    result: input.to,
    // The reason is staff's own wording about the case handling, kept on the case; the audit row holds only the states.
    audit: { action: "CASE_STATUS_CHANGED", data: { from: report.status, to: input.to } },
  };
}
