import Link from "next/link";
import { SessionTimeout } from "@/components/auth/session-timeout";
import { SignOutForm } from "@/components/auth/sign-out-form";
import { can, ROLE_LABELS } from "@/lib/auth/roles";
import { getStaffUser } from "@/lib/auth/staff-session";
import { env } from "@/lib/env";
import { signOutAction } from "./actions";

/** Staff pages: each page checks its own permission; the layout only shows navigation for who is signed in. */
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await getStaffUser();
  return (
    <>
      {user ? (
        <div className="staff-bar no-print mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-300 pb-3">
          {/* Someone who must enrol first has nowhere else to go. */}
          <nav aria-label="Personalmeny" hidden={user.twoFactorPending}>
            <ul className="flex flex-wrap gap-4">
              {can(user.role, "case:read") ? (
                <li>
                  <Link href="/inkorg" className="text-brand-900 underline">
                    Inkorg
                  </Link>
                </li>
              ) : null}
              {/* Coordinators see it too: it shows what the arbetsgrupp gets of the cases they anonymise. */}
              {can(user.role, "anonymised:read") ? (
                <li>
                  <Link href="/arbetsgrupp" className="text-brand-900 underline">
                    Arbetsgruppen
                  </Link>
                </li>
              ) : null}
              {can(user.role, "admin:manage") ? (
                <li>
                  <Link href="/admin" className="text-brand-900 underline">
                    Administration
                  </Link>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <span>
              {user.name} ({ROLE_LABELS[user.role]})
            </span>
            <Link href="/konto/tvastegsverifiering" className="text-brand-900 underline">
              Tvåstegsverifiering
            </Link>
            <Link href="/konto/sessioner" className="text-brand-900 underline">
              Sessioner
            </Link>
            <SignOutForm action={signOutAction} />
          </div>
          <SessionTimeout idleMinutes={env.SESSION_IDLE_MINUTES} />
        </div>
      ) : null}
      {children}
    </>
  );
}
