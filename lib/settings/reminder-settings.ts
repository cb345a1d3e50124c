import "server-only";
import * as z from "zod";
import type { PrismaClient } from "@/generated/prisma/client";

/** Reminder periods; the routine only says "skyndsamt", so an administrator sets them. */
export const ZReminderSettings = z.object({
  noFeedbackDays: z.coerce
    .number({ error: "Ange ett antal dagar." })
    .int({ error: "Ange ett heltal." })
    .min(1, { error: "Minst 1 dag." })
    .max(365, { error: "Högst 365 dagar." }),
  delTvaMissingDays: z.coerce
    .number({ error: "Ange ett antal dagar." })
    .int({ error: "Ange ett heltal." })
    .min(1, { error: "Minst 1 dag." })
    .max(365, { error: "Högst 365 dagar." }),
});
export type TReminderSettings = z.infer<typeof ZReminderSettings>;

export const DEFAULT_REMINDER_SETTINGS: TReminderSettings = { noFeedbackDays: 30, delTvaMissingDays: 60 };
export const REMINDER_SETTINGS_KEY = "reminders";

export async function getReminderSettings(db: Pick<PrismaClient, "setting">): Promise<TReminderSettings> {
  const row = await db.setting.findUnique({ where: { key: REMINDER_SETTINGS_KEY } });
  const parsed = ZReminderSettings.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_REMINDER_SETTINGS;
}
