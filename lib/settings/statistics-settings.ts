import "server-only";
import * as z from "zod";
import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Small-cell suppression in the arbetsgrupp's statistics and exports: counts from 1 up to `suppressionThreshold - 1`
 * are shown as "<3" (for the default 3), see lib/statistics/suppression.ts. 1 hides nothing.
 */
export const MIN_SUPPRESSION_THRESHOLD = 1;
export const MAX_SUPPRESSION_THRESHOLD = 10;

export const ZStatisticsSettings = z.object({
  suppressionThreshold: z.coerce
    .number({ error: "Ange ett antal brister." })
    .int({ error: "Ange ett heltal." })
    .min(MIN_SUPPRESSION_THRESHOLD, { error: `Minst ${MIN_SUPPRESSION_THRESHOLD}.` })
    .max(MAX_SUPPRESSION_THRESHOLD, { error: `Högst ${MAX_SUPPRESSION_THRESHOLD}.` }),
});
export type TStatisticsSettings = z.infer<typeof ZStatisticsSettings>;

export const DEFAULT_STATISTICS_SETTINGS: TStatisticsSettings = { suppressionThreshold: 3 };
export const STATISTICS_SETTINGS_KEY = "statistics";

export async function getStatisticsSettings(db: Pick<PrismaClient, "setting">): Promise<TStatisticsSettings> {
  const row = await db.setting.findUnique({ where: { key: STATISTICS_SETTINGS_KEY } });
  const parsed = ZStatisticsSettings.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_STATISTICS_SETTINGS;
}
