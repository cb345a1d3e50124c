import type { Huvudman } from "@/generated/prisma/enums";

export const HUVUDMAN_NAMES: Record<Huvudman, string> = {
  KOMMUN: "Kommun",
  REGION: "Region",
  OVRIG: "Övrig aktör (privat vårdgivare, statlig myndighet m.fl.)",
};

export const HUVUDMAN_OPTIONS = (Object.keys(HUVUDMAN_NAMES) as Huvudman[]).map((value) => ({
  value,
  label: HUVUDMAN_NAMES[value],
}));
