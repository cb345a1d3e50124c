import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { CaseStatus } from "@/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/audit-actions";
import { recordAnonymousRefusal } from "@/lib/audit/anonymous-refusals";
import { AppError } from "@/lib/errors";
import { hashCode } from "@/lib/security/tokens";
import { recordFailure, slowDown, waitBeforeCheck } from "@/lib/security/rate-limit";
import { waitText, type BackoffPolicy } from "@/lib/security/rate-limit-policy";

/** Codes carry 130 bits, so the service-wide count guards against load rather than guessing. */
const GLOBAL_FACTOR = 20;
/** The most a wrong code's answer is held back when the whole service sees many wrong codes. */
const MAX_GLOBAL_SLOWDOWN_MS = 2_000;

export const WRONG_CODE = "Koden stämmer inte. Kontrollera att du skrivit av den rätt.";

/**
 * What the reporter sees with a follow-up code: status and återkoppling, never internal notes.
 *
 * The right code always works: it is looked up first, so no one's failures (not even this client's) can keep a
 * reporter from their report. Wrong codes back off per client (the guesser waits, doubling with each further
 * failure) and slow down service-wide; a client that is waiting is refused without counting against the service.
 */
export async function findReportForFollowUp(
  db: PrismaClient,
  code: string,
  options: { clientKey: string | null; now: Date; maxAttempts: number; windowMinutes: number },
) {
  const { now, windowMinutes } = options;
  const clientPolicy: BackoffPolicy = {
    windowMinutes,
    free: options.maxAttempts,
    baseMs: 30_000,
    maxMs: windowMinutes * 60_000,
  };
  const servicePolicy: BackoffPolicy = {
    windowMinutes,
    free: options.maxAttempts * GLOBAL_FACTOR,
    baseMs: 50,
    maxMs: MAX_GLOBAL_SLOWDOWN_MS,
  };
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
  if (report) {
    await db.$transaction((tx) =>
      writeAudit(tx, { action: "FOLLOW_UP_VIEWED", actorLabel: "Rapportör", reportId: report.id }),
    );
    return report;
  }
  const clientLimitKey = options.clientKey ? `follow-up:${options.clientKey}` : null;
  const wait = clientLimitKey ? await waitBeforeCheck(db, clientLimitKey, clientPolicy, now) : 0;
  await recordAnonymousRefusal(db, "follow_up_code", options.clientKey, now);
  if (clientLimitKey) await recordFailure(db, clientLimitKey, now);
  if (wait > 0) {
    throw new AppError(
      "RATE_LIMITED",
      `För många felaktiga koder från din anslutning. Vänta ${waitText(wait)} och försök igen.`,
    );
  }
  await slowDown(db, "follow-up:alla", servicePolicy, now);
  throw new AppError("NOT_FOUND", WRONG_CODE);
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
