import type { PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { AppError } from "@/lib/errors";
import { hashCode } from "@/lib/security/tokens";
import { isRateLimited, recordFailure } from "@/lib/security/rate-limit";

/** What the reporter sees with a follow-up code: status and återkoppling, never internal notes. */
export async function findReportForFollowUp(
  db: PrismaClient,
  code: string,
  options: { clientKey: string; now: Date; maxAttempts: number; windowMinutes: number },
) {
  const limitKey = `follow-up:${options.clientKey}`;
  if (await isRateLimited(db, limitKey, { max: options.maxAttempts, windowMinutes: options.windowMinutes, now: options.now })) {
    throw new AppError("RATE_LIMITED", `För många försök. Vänta ${options.windowMinutes} minuter och försök igen.`);
  }
  const report = await db.report.findUnique({
    where: { followUpCodeHash: hashCode(code) },
    select: {
      id: true,
      reference: true,
      status: true,
      submittedAt: true,
      updatedAt: true,
      messages: { orderBy: { createdAt: "asc" }, select: { id: true, fromReporter: true, body: true, createdAt: true } },
    },
  });
  if (!report) {
    await recordFailure(db, limitKey, options.now);
    await db.$transaction((tx) => writeAudit(tx, { action: "FOLLOW_UP_REFUSED", actorLabel: "Rapportör" }));
    throw new AppError("NOT_FOUND", "Koden stämmer inte. Kontrollera att du skrivit av den rätt.");
  }
  await db.$transaction((tx) =>
    writeAudit(tx, { action: "FOLLOW_UP_VIEWED", actorLabel: "Rapportör", reportId: report.id }),
  );
  return report;
}

export const STATUS_LABELS = {
  INKOMMEN: "Inkommen",
  REGISTRERAD: "Registrerad",
  UNDER_HANDLAGGNING: "Under handläggning",
  ATERKOPPLAD: "Återkopplad",
  AVIDENTIFIERAD: "Avidentifierad",
  AVSLUTAD: "Avslutad",
  AVVISAD: "Avvisad",
} as const;

export const STATUS_EXPLANATIONS: Record<keyof typeof STATUS_LABELS, string> = {
  INKOMMEN: "Rapporten har kommit in och väntar på att registreras av samordnarna.",
  REGISTRERAD: "Rapporten är registrerad (diarieförd) och ska handläggas.",
  UNDER_HANDLAGGNING: "Samordnarna arbetar med rapporten.",
  ATERKOPPLAD: "Samordnarna har lämnat återkoppling.",
  AVIDENTIFIERAD: "Rapporten är avidentifierad inför arbetsgruppens årliga genomgång.",
  AVSLUTAD: "Ärendet är avslutat.",
  AVVISAD: "Rapporten har avvisats, se meddelanden nedan.",
};
