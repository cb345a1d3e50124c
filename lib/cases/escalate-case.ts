import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { EscalationLevel } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/assert-permission";
import { mutateCase } from "@/lib/cases/case-mutation";

/** Records that the case was raised to the local samverkan group or the delregional level. */
export async function escalateCase(
  db: PrismaClient,
  user: Actor,
  input: { reportId: string; level: EscalationLevel; raisedOn: string; outcome: string },
) {
  return mutateCase(db, user, input.reportId, async (tx, report) => {
    const escalation = await tx.escalation.create({
      data: {
        reportId: report.id,
        level: input.level,
        raisedOn: new Date(`${input.raisedOn}T00:00:00Z`),
        outcome: input.outcome || null,
        createdById: user.id,
      },
    });
    return {
      result: escalation,
      audit: { action: "CASE_ESCALATED", data: { level: input.level, escalationId: escalation.id } },
    };
  });
}
