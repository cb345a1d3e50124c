import type { Role } from "@/generated/prisma/enums";
import { can, type Permission } from "@/lib/auth/roles";

export type StaffSection = { href: string; label: string };

/** The staff header's sections, each behind the permission its pages check. */
const SECTIONS: readonly (StaffSection & { permission: Permission })[] = [
  { href: "/inkorg", label: "Inkorg", permission: "case:read" },
  // Coordinators see it too: it shows what the arbetsgrupp gets of the cases they anonymise.
  { href: "/arbetsgrupp", label: "Arbetsgruppen", permission: "anonymised:read" },
  { href: "/admin", label: "Administration", permission: "admin:manage" },
];

export function staffSectionsFor(role: Role): StaffSection[] {
  return SECTIONS.filter((s) => can(role, s.permission)).map(({ href, label }) => ({ href, label }));
}

/** The section a path belongs to, for `aria-current`: the longest matching prefix. */
export function currentSectionHref(sections: readonly StaffSection[], pathname: string): string | null {
  const match = sections
    .filter((s) => pathname === s.href || pathname.startsWith(`${s.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return match?.href ?? null;
}
