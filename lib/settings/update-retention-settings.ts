import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import { saveSetting } from "@/lib/settings/save-setting";
import {
  getRetentionSettings,
  RETENTION_SETTINGS_KEY,
  ZRetentionSettings,
  type TRetentionSettings,
} from "@/lib/settings/retention-settings";

/**
 * Saves how long drafts can be resumed and partner links stay valid (for drafts and links created after), and the
 * years a closed case's original text is kept (for every closed case, at the next gallring).
 */
export async function updateRetentionSettings(
  db: PrismaClient,
  actor: Actor | null,
  input: TRetentionSettings,
) {
  const admin = await assertPermission(db, actor, "admin:manage");
  const next = ZRetentionSettings.parse(input);
  return db.$transaction(async (tx) => {
    const before = await getRetentionSettings(tx);
    return saveSetting(tx, admin, RETENTION_SETTINGS_KEY, before, next);
  });
}
