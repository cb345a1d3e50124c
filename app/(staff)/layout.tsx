import Link from "next/link";
import { SessionTimeout } from "@/components/auth/session-timeout";
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
        <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-300 pb-3">
          <nav aria-label="Personalmeny">
            <ul className="flex flex-wrap gap-4">
              {can(user.role, "case:read") ? (
                <li>
                  <Link href="/inkorg" className="text-brand-900 underline">
                    Inkorg
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
            <form action={signOutAction}>
              <button type="submit" className="text-brand-900 underline">
                Logga ut
              </button>
            </form>
          </div>
          <SessionTimeout idleMinutes={env.SESSION_IDLE_MINUTES} />
        </div>
      ) : null}
      {children}
    </>
  );
}
