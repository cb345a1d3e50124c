import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { createDraft } from "@/lib/reports/drafts";
import { assertWithinAnonymousCaps } from "@/lib/security/anonymous-caps";
import { getRetentionSettings } from "@/lib/settings/retention-settings";

/**
 * A new draft that lives as long as the administrator has set; the caller keeps its resume code in the browser.
 * Anyone can start one, so drafts are capped per client and service-wide per hour.
 */
export async function startDraft(db: PrismaClient, now: Date, clientKey: string | null = null) {
  await assertWithinAnonymousCaps(db, "draft", clientKey, now);
  const { draftExpiryDays } = await getRetentionSettings(db);
  return createDraft(db, { now, expiryDays: draftExpiryDays });
}
