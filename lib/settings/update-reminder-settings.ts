import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { saveSetting } from "@/lib/settings/save-setting";
import {
  getReminderSettings,
  REMINDER_SETTINGS_KEY,
  ZReminderSettings,
  type TReminderSettings,
} from "@/lib/settings/reminder-settings";

/** Saves after how many days a case counts as overdue (no återkoppling, del två missing). */
export async function updateReminderSettings(
  db: PrismaClient,
  actor: Actor | null,
  input: TReminderSettings,
) {
  const admin = await assertPermission(db, actor, "admin:manage");
  const next = ZReminderSettings.parse(input);
  return db.$transaction(async (tx) => {
    const before = await getReminderSettings(tx);
    return saveSetting(tx, admin, REMINDER_SETTINGS_KEY, before, next);
  });
}
