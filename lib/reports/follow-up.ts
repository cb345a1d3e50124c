import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { CaseStatus } from "@/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/audit-actions";
import { AppError } from "@/lib/errors";
import { hashCode } from "@/lib/security/tokens";
import { isRateLimited, recordFailure } from "@/lib/security/rate-limit";

/** Codes carry 130 bits, so the cap guards against load rather than guessing; it is deliberately generous. */
const GLOBAL_FACTOR = 20;

/** What the reporter sees with a follow-up code: status and återkoppling, never internal notes. */
export async function findReportForFollowUp(
  db: PrismaClient,
  code: string,
  options: { clientKey: string | null; now: Date; maxAttempts: number; windowMinutes: number },
) {
  // Per client when a trusted proxy tells who the client is; always a service-wide cap on wrong codes too.
  const limits = [
    { key: "follow-up:alla", max: options.maxAttempts * GLOBAL_FACTOR },
    ...(options.clientKey ? [{ key: `follow-up:${options.clientKey}`, max: options.maxAttempts }] : []),
  ];
  for (const limit of limits) {
    if (
      await isRateLimited(db, limit.key, {
        max: limit.max,
        windowMinutes: options.windowMinutes,
        now: options.now,
      })
    ) {
      throw new AppError(
        "RATE_LIMITED",
        `För många försök. Vänta ${options.windowMinutes} minuter och försök igen.`,
      );
    }
  }
  const match = await db.followUpCode.findUnique({
    where: { codeHash: hashCode(code) },
    select: { reportId: true },
  });
  const report =
    match &&
    (await db.report.findUnique({
      where: { id: match.reportId },
      select: {
        id: true,
        reference: true,
        status: true,
        submittedAt: true,
        updatedAt: true,
        messages: {
          orderBy: { createdAt: "asc" },
          select: { id: true, fromReporter: true, body: true, createdAt: true },
        },
      },
    }));
  if (!report) {
    for (const limit of limits) await recordFailure(db, limit.key, options.now);
    await db.$transaction((tx) => writeAudit(tx, { action: "FOLLOW_UP_REFUSED", actorLabel: "Rapportör" }));
    throw new AppError("NOT_FOUND", "Koden stämmer inte. Kontrollera att du skrivit av den rätt.");
  }
  await db.$transaction((tx) =>
    writeAudit(tx, { action: "FOLLOW_UP_VIEWED", actorLabel: "Rapportör", reportId: report.id }),
  );
  return report;
}

export const STATUS_EXPLANATIONS: Record<CaseStatus, string> = {
  INKOMMEN: "Rapporten har kommit in och väntar på att registreras av samordnarna.",
  REGISTRERAD: "Rapporten är registrerad (diarieförd) och ska handläggas.",
  UNDER_HANDLAGGNING: "Samordnarna arbetar med rapporten.",
  ATERKOPPLAD: "Samordnarna har lämnat återkoppling.",
  AVIDENTIFIERAD: "Rapporten är avidentifierad inför arbetsgruppens årliga genomgång.",
  AVSLUTAD: "Ärendet är avslutat.",
  AVVISAD: "Rapporten har avvisats, se meddelanden nedan.",
};
