import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { approvalRefusal, unresolvedRefusal } from "@/lib/anonymised-cases/approval-rules";
import { storedRedaction, unresolvedInRecord } from "@/lib/anonymised-cases/redaction-context";
import type { TApproveRedaction } from "@/lib/anonymised-cases/schemas";
import type { Actor } from "@/lib/auth/assert-permission";
import { mutateCase } from "@/lib/cases/case-mutation";
import { AppError } from "@/lib/errors";
import { getFourEyesState } from "@/lib/settings/four-eyes-settings";

/**
 * Approves the saved redaction, after which the case may become AVIDENTIFIERAD and the arbetsgrupp may read it.
 * With four eyes the approver is another coordinator than the one who saved it. The detector runs again over
 * the saved texts: approval is refused while any finding is neither replaced nor dismissed.
 */
export async function approveRedaction(
  db: PrismaClient,
  user: Actor,
  input: TApproveRedaction,
  now = new Date(),
) {
  return mutateCase(
    db,
    user,
    input.reportId,
    async (tx, report) => {
      if (report.status === "AVVISAD") {
        throw new AppError("INVALID", "Ett avvisat ärende avidentifieras inte.");
      }
      const record = await tx.anonymisedCase.findUnique({ where: { reportId: report.id } });
      if (!record) throw new AppError("INVALID", "Det finns ingen sparad avidentifiering att godkänna.");
      if (record.state === "GODKAND") throw new AppError("INVALID", "Avidentifieringen är redan godkänd.");
      if (record.redactedAt.toISOString() !== input.version) {
        throw new AppError(
          "CONFLICT",
          "Avidentifieringen har ändrats sedan du öppnade sidan. Ladda om sidan och läs den nya versionen.",
        );
      }
      const fourEyes = await getFourEyesState(tx);
      const refusal = approvalRefusal(fourEyes, { redactedById: record.redactedById, approverId: user.id });
      if (refusal) throw new AppError("FORBIDDEN", refusal);
      const unresolved = await unresolvedInRecord(tx, storedRedaction(record));
      if (unresolved.length) throw new AppError("INVALID", unresolvedRefusal(unresolved));

      await tx.anonymisedCase.update({
        where: { reportId: report.id },
        data: { state: "GODKAND", approvedById: user.id, approvedAt: now },
      });
      return {
        result: { state: "GODKAND" as const },
        audit: {
          action: "ANONYMISED_CASE_APPROVED",
          data: { redactedById: record.redactedById, fourEyes: fourEyes.required },
        },
      };
    },
    now,
  );
}
