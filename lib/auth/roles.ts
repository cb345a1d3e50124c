import type { Role } from "@/generated/prisma/enums";

/** What each role may do. Checked on the server for every page, action and route handler. */
export type Permission = "case:read" | "case:write" | "anonymised:read" | "admin:manage" | "audit:read";

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  SAMORDNARE: ["case:read", "case:write", "anonymised:read"],
  ARBETSGRUPP: ["anonymised:read"],
  ADMIN: ["admin:manage", "audit:read"],
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}

export const ROLE_LABELS: Record<Role, string> = {
  SAMORDNARE: "Samordnare",
  ARBETSGRUPP: "Arbetsgrupp",
  ADMIN: "Administratör",
};

/** Where a user lands after signing in. */
export function homeFor(role: Role): string {
  if (role === "ADMIN") return "/admin";
  if (role === "ARBETSGRUPP") return "/arbetsgrupp";
  return "/inkorg";
}
