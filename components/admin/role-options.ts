import type { Role } from "@/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/auth/roles";

const ROLE_HINTS: Record<Role, string> = {
  SAMORDNARE: "inkorgen och ärendena",
  ARBETSGRUPP: "bara avidentifierade brister",
  ADMIN: "användare, organisationer, kategorier, inställningar och loggen",
};

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((role) => ({
  value: role,
  label: `${ROLE_LABELS[role]}: ${ROLE_HINTS[role]}`,
}));
