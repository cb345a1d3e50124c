import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/assert-permission";
import { mutateCase } from "@/lib/cases/case-mutation";
import { AppError } from "@/lib/errors";

/** Assigns to an active coordinator, or clears the assignment with an empty id. */
export async function assignCase(
  db: PrismaClient,
  user: Actor,
  input: { reportId: string; assigneeId: string },
) {
  return mutateCase(db, user, input.reportId, async (tx, report) => {
    if (input.assigneeId) {
      const assignee = await tx.user.findFirst({
        where: { id: input.assigneeId, role: "SAMORDNARE", isActive: true },
      });
      if (!assignee) throw new AppError("INVALID", "Välj en aktiv samordnare.");
    }
    await tx.report.update({ where: { id: report.id }, data: { assigneeId: input.assigneeId || null } });
    return {
      result: null,
      audit: { action: "CASE_ASSIGNED", data: { from: report.assigneeId, to: input.assigneeId || null } },
    };
  });
}
