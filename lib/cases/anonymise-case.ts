import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/assert-permission";
import { mutateCase } from "@/lib/cases/case-mutation";
import type { TAnonymiseCase } from "@/lib/cases/schemas";
import { AppError } from "@/lib/errors";

/**
 * Saves the coordinator's anonymised version of the free text, which is all the arbetsgrupp will ever read.
 * The schema has already refused anything that looks like an identifier; the audit row records only that it happened.
 */
export async function anonymiseCase(db: PrismaClient, user: Actor, input: TAnonymiseCase, now = new Date()) {
  return mutateCase(
    db,
    user,
    input.reportId,
    async (tx, report) => {
      if (report.status === "AVVISAD" || report.status === "AVSLUTAD") {
        throw new AppError("INVALID", "Ett avvisat eller avslutat ärende avidentifieras inte.");
      }
      await tx.report.update({
        where: { id: report.id },
        data: {
          anonymisedDescription: input.description,
          anonymisedActionsTaken: input.actionsTaken || null,
          anonymisedMeasures: input.measures || null,
          anonymisedAt: now,
          anonymisedById: user.id,
        },
      });
      return {
        result: null,
        audit: { action: "CASE_ANONYMISED", data: { isRevision: !!report.anonymisedAt } },
      };
    },
    now,
  );
}
