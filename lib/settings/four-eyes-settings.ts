import "server-only";
import * as z from "zod";
import type { PrismaClient } from "@/generated/prisma/client";

/**
 * Four eyes on the anonymised record: a second coordinator, not the one who redacted it, approves it before the
 * arbetsgrupp may read it. "auto" (the default) turns it on as soon as there are two active coordinators, so a
 * service run by one coordinator still works; an administrator can also turn it on or off for good.
 */
export const FOUR_EYES_MODES = ["auto", "on", "off"] as const;
export type FourEyesMode = (typeof FOUR_EYES_MODES)[number];

export const ZFourEyesSettings = z.object({ mode: z.enum(FOUR_EYES_MODES) });
export type TFourEyesSettings = z.infer<typeof ZFourEyesSettings>;

export const DEFAULT_FOUR_EYES_SETTINGS: TFourEyesSettings = { mode: "auto" };
export const FOUR_EYES_SETTINGS_KEY = "four-eyes";

/** Pure: whether approval needs a second coordinator. */
export function resolveFourEyes(mode: FourEyesMode, activeCoordinators: number): boolean {
  if (mode === "on") return true;
  if (mode === "off") return false;
  return activeCoordinators >= 2;
}

export async function getFourEyesSettings(db: Pick<PrismaClient, "setting">): Promise<TFourEyesSettings> {
  const row = await db.setting.findUnique({ where: { key: FOUR_EYES_SETTINGS_KEY } });
  const parsed = ZFourEyesSettings.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_FOUR_EYES_SETTINGS;
}

export interface FourEyesState {
  mode: FourEyesMode;
  required: boolean;
  activeCoordinators: number;
}

/** The setting and what it means now; call it inside the transaction that approves. */
export async function getFourEyesState(db: Pick<PrismaClient, "setting" | "user">): Promise<FourEyesState> {
  const [{ mode }, activeCoordinators] = await Promise.all([
    getFourEyesSettings(db),
    db.user.count({ where: { role: "SAMORDNARE", isActive: true } }),
  ]);
  return { mode, required: resolveFourEyes(mode, activeCoordinators), activeCoordinators };
}
