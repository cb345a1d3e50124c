import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { saveSetting } from "@/lib/settings/save-setting";
import {
  forgetCachedInstanceSettings,
  getInstanceSettings,
  INSTANCE_SETTINGS_KEY,
  ZInstanceSettings,
  type TInstanceSettings,
} from "@/lib/settings/instance-settings";

/** Saves the names, role texts, mailboxes and routine that describe this instance. */
export async function updateInstanceSettings(
  db: PrismaClient,
  actor: Actor | null,
  input: TInstanceSettings,
) {
  const admin = await assertPermission(db, actor, "admin:manage");
  const next = ZInstanceSettings.parse(input);
  const saved = await db.$transaction(async (tx) => {
    const before = await getInstanceSettings(tx);
    // The routine's and the statement's texts are long and not values anyone searches the log for: they are
    // recorded as changed only.
    return saveSetting(tx, admin, INSTANCE_SETTINGS_KEY, before, next, {
      summaryOnly: ["routineSteps", "accessibilityKnownIssues"],
    });
  });
  // This instance shows the change from the next page on; others within INSTANCE_SETTINGS_TTL_MS.
  forgetCachedInstanceSettings(db);
  return saved;
}
