import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/assert-permission";
import { mutateCase } from "@/lib/cases/case-mutation";
import type { TSetLegalHold } from "@/lib/retention/schemas";

/**
 * A legal hold (rättsligt skäl att spara): gallring leaves the case as it is until the hold is lifted. Setting it
 * again changes the reason. The reason stays on the case; the audit row records only that it was set.
 */
export async function setLegalHold(db: PrismaClient, user: Actor, input: TSetLegalHold, now = new Date()) {
  return mutateCase(
    db,
    user,
    input.reportId,
    async (tx, report) => {
      const isChange = report.legalHoldAt !== null;
      await tx.report.update({
        where: { id: report.id },
        data: {
          legalHoldReason: input.reason,
          // A changed reason keeps the hold's start.
          legalHoldAt: report.legalHoldAt ?? now,
          legalHoldById: user.id,
        },
      });
      return { result: { isChange }, audit: { action: "LEGAL_HOLD_SET", data: { isChange } } };
    },
    now,
  );
}
