import { SessionTimeout } from "@/components/auth/session-timeout";
import { SiteFooter } from "@/components/layout/site-footer";
import { StaffHeader } from "@/components/staff/staff-header";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getStaffUser } from "@/lib/auth/staff-session";
import { staffSectionsFor } from "@/lib/auth/staff-sections";
import { env } from "@/lib/env";
import { signOutAction } from "./actions";

/** Staff pages: each page checks its own permission; the layout only frames them for who is signed in. */
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await getStaffUser();
  return (
    <>
      <StaffHeader
        user={user ? { name: user.name, roleLabel: ROLE_LABELS[user.role] } : null}
        // Someone who must enrol first has nowhere else to go.
        sections={user && !user.twoFactorPending ? staffSectionsFor(user.role) : []}
        signOutAction={signOutAction}
      />
      {user ? <SessionTimeout idleMinutes={env.SESSION_IDLE_MINUTES} /> : null}
      <p className="print-title">Brister i samverkan</p>
      <main id="huvudinnehall" tabIndex={-1} className="mx-auto w-full max-w-[90rem] flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter widthClass="max-w-[90rem]" />
    </>
  );
}
