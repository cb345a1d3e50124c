import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { createDraft } from "@/lib/reports/drafts";
import { getRetentionSettings } from "@/lib/settings/retention-settings";

/** A new draft that lives as long as the administrator has set; the caller keeps its resume code in the browser. */
export async function startDraft(db: PrismaClient, now: Date) {
  const { draftExpiryDays } = await getRetentionSettings(db);
  return createDraft(db, { now, expiryDays: draftExpiryDays });
}
