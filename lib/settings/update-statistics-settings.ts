import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { saveSetting } from "@/lib/settings/save-setting";
import {
  getStatisticsSettings,
  STATISTICS_SETTINGS_KEY,
  ZStatisticsSettings,
  type TStatisticsSettings,
} from "@/lib/settings/statistics-settings";

/** Saves below how many brister a count is hidden in the arbetsgrupp's statistics; applies at once. */
export async function updateStatisticsSettings(
  db: PrismaClient,
  actor: Actor | null,
  input: TStatisticsSettings,
) {
  const admin = await assertPermission(db, actor, "admin:manage");
  const next = ZStatisticsSettings.parse(input);
  return db.$transaction(async (tx) => {
    const before = await getStatisticsSettings(tx);
    return saveSetting(tx, admin, STATISTICS_SETTINGS_KEY, before, next);
  });
}
