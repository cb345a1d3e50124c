"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { SignOutForm } from "@/components/auth/sign-out-form";
import type { StaffHeaderUser } from "@/components/staff/staff-header";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { currentSectionHref, type StaffSection } from "@/lib/auth/staff-sections";

const TOGGLE_CLASS = "ml-auto cursor-pointer rounded border border-white px-3 py-1 text-white md:hidden";
const PANEL_CLASS =
  "w-full flex-col gap-3 pb-2 md:flex md:w-auto md:flex-1 md:flex-row md:items-center md:justify-between md:pb-0";

/**
 * Sections, user and sign-out: one row on a wide screen, folded behind "Meny" on a narrow one. Without the script
 * (and until it runs) "Meny" is a <details> disclosure that opens the panel after it by itself; with it, a button
 * with aria-expanded, which takes over open and focused as the disclosure was left.
 */
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
  const isHydrated = useIsHydrated();
  // Open only on the page where it was opened: a followed link closes it, so the new page is not hidden.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  const panelId = useId();
  const disclosure = useRef<HTMLDetailsElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const hadFocus = useRef(false);

  useLayoutEffect(() => {
    if (!isHydrated) {
      // The last moment the disclosure is in the page: note how the user left it.
      const details = disclosure.current;
      hadFocus.current = !!details?.contains(document.activeElement);
      if (details?.open) setOpenOn(pathname);
    } else if (hadFocus.current) {
      hadFocus.current = false;
      button.current?.focus();
    }
  }, [isHydrated, pathname]);

  // Escape closes the open menu and puts the focus back on its button.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !isOpen) return;
    setOpenOn(null);
    button.current?.focus();
  };

  return (
    <>
      {isHydrated ? (
        <button
          ref={button}
          type="button"
          className={TOGGLE_CLASS}
          aria-expanded={isOpen}
          aria-controls={panelId}
          onClick={() => setOpenOn(isOpen ? null : pathname)}
        >
          Meny
        </button>
      ) : (
        <details ref={disclosure} className="peer ml-auto md:hidden">
          <summary className={`${TOGGLE_CLASS} list-none [&::-webkit-details-marker]:hidden`}>Meny</summary>
        </details>
      )}
      <div
        id={panelId}
        onKeyDown={closeOnEscape}
        className={`${isHydrated ? (isOpen ? "flex" : "hidden") : "hidden peer-open:flex"} ${PANEL_CLASS}`}
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
