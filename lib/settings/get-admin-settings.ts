import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { getFourEyesState } from "@/lib/settings/four-eyes-settings";
import { getInstanceSettings } from "@/lib/settings/instance-settings";
import { getReminderSettings } from "@/lib/settings/reminder-settings";
import { defaultRetentionSettings, getRetentionSettings } from "@/lib/settings/retention-settings";
import { getStatisticsSettings } from "@/lib/settings/statistics-settings";

/**
 * The settings an administrator edits. Internal bookkeeping rows in the Setting table (such as which reference
 * data was seeded) are not among them.
 */
export async function getAdminSettings(db: PrismaClient, actor: Actor | null) {
  await assertPermission(db, actor, "admin:manage");
  const [instance, reminders, retention, fourEyes, statistics] = await Promise.all([
    getInstanceSettings(db),
    getReminderSettings(db),
    getRetentionSettings(db),
    getFourEyesState(db),
    getStatisticsSettings(db),
  ]);
  return {
    instance,
    reminders,
    retention,
    retentionDefaults: defaultRetentionSettings(),
    fourEyes,
    statistics,
  };
}
