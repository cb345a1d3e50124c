import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/assert-permission";
import { mutateCase } from "@/lib/cases/case-mutation";
import { transition } from "@/lib/cases/status-transitions";
import { AppError } from "@/lib/errors";

/** Records the registry's diarienummer; a case still INKOMMEN becomes REGISTRERAD. */
export async function registerCase(
  db: PrismaClient,
  user: Actor,
  input: { reportId: string; diarienummer: string },
) {
  return mutateCase(db, user, input.reportId, async (tx, report) => {
    const becomesRegistered = report.status === "INKOMMEN";
    if (becomesRegistered) {
      const outcome = transition(report.status, "REGISTRERAD", { hasDiarienummer: true });
      if (!outcome.ok) throw new AppError("INVALID", outcome.message);
    }
    await tx.report.update({
      where: { id: report.id },
      data: { diarienummer: input.diarienummer, status: becomesRegistered ? "REGISTRERAD" : undefined },
    });
    return {
      result: null,
      audit: {
        action: "CASE_REGISTERED",
        data: {
          diarienummerFrom: report.diarienummer,
          diarienummerTo: input.diarienummer,
          statusFrom: report.status,
          statusTo: becomesRegistered ? "REGISTRERAD" : report.status,
        },
      },
    };
  });
}
