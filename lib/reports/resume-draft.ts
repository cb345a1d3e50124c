import "server-only";
import type { Draft, PrismaClient } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit-actions";
import { findDraftByCode } from "@/lib/reports/drafts";

/**
 * The draft behind a typed resume code, with the DRAFT_RESUMED row written in the same transaction. Unknown,
 * expired and submitted drafts are refused (AppError) and nothing is audited.
 */
export async function resumeDraft(db: PrismaClient, code: string, now: Date): Promise<Draft> {
  return db.$transaction(async (tx) => {
    const draft = await findDraftByCode(tx, code, now);
    await writeAudit(tx, { action: "DRAFT_RESUMED", actorLabel: "Rapportör", data: { draftId: draft.id } });
    return draft;
  });
}
