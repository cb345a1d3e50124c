import "server-only";
import * as z from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * How long unfinished reports and partner links live, and how many years after closing a case's original text is
 * kept (gallring, lib/retention/). DRAFT_EXPIRY_DAYS, PARTNER_LINK_DAYS and CASE_RETENTION_YEARS give the defaults;
 * an administrator's values in the Setting row "retention" take precedence.
 */
export const ZRetentionSettings = z.object({
  draftExpiryDays: z.number().int().min(1).max(730),
  partnerLinkDays: z.number().int().min(1).max(90),
  caseRetentionYears: z.number().int().min(1).max(50),
});
export type TRetentionSettings = z.infer<typeof ZRetentionSettings>;

export const RETENTION_SETTINGS_KEY = "retention";

export function defaultRetentionSettings(): TRetentionSettings {
  return {
    draftExpiryDays: env.DRAFT_EXPIRY_DAYS,
    partnerLinkDays: env.PARTNER_LINK_DAYS,
    caseRetentionYears: env.CASE_RETENTION_YEARS,
  };
}

export async function getRetentionSettings(db: Pick<PrismaClient, "setting">): Promise<TRetentionSettings> {
  const row = await db.setting.findUnique({ where: { key: RETENTION_SETTINGS_KEY } });
  const parsed = ZRetentionSettings.partial().safeParse(row?.value ?? {});
  return { ...defaultRetentionSettings(), ...(parsed.success ? parsed.data : {}) };
}
