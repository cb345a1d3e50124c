"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useState } from "react";
import { SignOutForm } from "@/components/auth/sign-out-form";
import type { StaffHeaderUser } from "@/components/staff/staff-header";
import { currentSectionHref, type StaffSection } from "@/lib/auth/staff-sections";

/** Sections, user and sign-out: one row on a wide screen, folded behind "Meny" on a narrow one. */
export function StaffMenu({
  user,
  sections,
  signOutAction,
}: {
  user: StaffHeaderUser;
  sections: StaffSection[];
  signOutAction: (formData: FormData) => Promise<void>;
}) {
  const pathname = usePathname();
  const current = currentSectionHref(sections, pathname);
  // Open only on the page where it was opened: a followed link closes it, so the new page is not hidden.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  const panelId = useId();

  return (
    <>
      <button
        type="button"
        className="ml-auto rounded border border-white px-3 py-1 text-white md:hidden"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpenOn(isOpen ? null : pathname)}
      >
        Meny
      </button>
      <div
        id={panelId}
        className={`${isOpen ? "flex" : "hidden"} w-full flex-col gap-3 pb-2 md:flex md:w-auto md:flex-1 md:flex-row md:items-center md:justify-between md:pb-0`}
      >
        <nav aria-label="Personalmeny">
          <ul className="flex flex-col gap-1 md:flex-row md:gap-1">
            {sections.map((s) => {
              const isCurrent = s.href === current;
              return (
                <li key={s.href}>
                  <Link
                    href={s.href}
                    aria-current={isCurrent ? "page" : undefined}
                    className={`block rounded px-3 py-2 text-white ${isCurrent ? "bg-white/15 font-semibold underline decoration-2" : "no-underline hover:underline"}`}
                  >
                    {s.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 text-sm md:px-0">
          <span>
            {user.name} <span className="text-slate-200">({user.roleLabel})</span>
          </span>
          <Link href="/konto/tvastegsverifiering" className="text-white underline">
            Tvåstegsverifiering
          </Link>
          <Link href="/konto/sessioner" className="text-white underline">
            Sessioner
          </Link>
          <SignOutForm action={signOutAction} className="text-white underline" />
        </div>
      </div>
    </>
  );
}
