import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/assert-permission";
import { mutateCase } from "@/lib/cases/case-mutation";
import { AppError } from "@/lib/errors";
import type { TLiftLegalHold } from "@/lib/retention/schemas";

export const NO_LEGAL_HOLD = "Ärendet har inget rättsligt skäl att sparas. Ladda om sidan.";

/**
 * Lifts a legal hold: from then on gallring treats the case like any other, so a case whose retention period is
 * already over is erased at the next run. The hold's reason and why it was lifted become an internal note, which
 * the timeline shows and gallring erases with the case's other notes.
 */
export async function liftLegalHold(db: PrismaClient, user: Actor, input: TLiftLegalHold, now = new Date()) {
  return mutateCase(
    db,
    user,
    input.reportId,
    async (tx, report) => {
      if (report.legalHoldAt === null) throw new AppError("CONFLICT", NO_LEGAL_HOLD);
      await tx.report.update({
        where: { id: report.id },
        data: { legalHoldReason: null, legalHoldAt: null, legalHoldById: null },
      });
      const note = await tx.note.create({
        data: {
          reportId: report.id,
          authorId: user.id,
          body: `Rättsligt skäl att spara hävt. Skälet var: ${report.legalHoldReason ?? "(inget angivet)"}\nHävt eftersom: ${input.reason}`,
          createdAt: now,
        },
      });
      return { result: note, audit: { action: "LEGAL_HOLD_LIFTED", data: { noteId: note.id } } };
    },
    now,
  );
}
