import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertPermission, type Actor } from "@/lib/auth/assert-permission";
import {
  FOUR_EYES_SETTINGS_KEY,
  getFourEyesSettings,
  ZFourEyesSettings,
  type TFourEyesSettings,
} from "@/lib/settings/four-eyes-settings";
import { saveSetting } from "@/lib/settings/save-setting";

/** Saves when a second coordinator must approve an anonymised record; applies to the next approval. */
export async function updateFourEyesSettings(
  db: PrismaClient,
  actor: Actor | null,
  input: TFourEyesSettings,
) {
  const admin = await assertPermission(db, actor, "admin:manage");
  const next = ZFourEyesSettings.parse(input);
  return db.$transaction(async (tx) => {
    const before = await getFourEyesSettings(tx);
    return saveSetting(tx, admin, FOUR_EYES_SETTINGS_KEY, before, next);
  });
}
