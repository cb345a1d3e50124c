import Link from "next/link";
import { StaffMenu } from "@/components/staff/staff-menu";
import type { StaffSection } from "@/lib/auth/staff-sections";

export type StaffHeaderUser = { name: string; roleLabel: string };

/**
 * The staff frame's header: the service, the sections the user's role opens, who is signed in and sign-out.
 * Without a signed-in user (a page about to redirect to sign-in) only the service name is shown.
 */
export function StaffHeader({
  user,
  sections,
  signOutAction,
}: {
  user: StaffHeaderUser | null;
  sections: StaffSection[];
  signOutAction: (formData: FormData) => Promise<void>;
}) {
  return (
    <header className="site-header border-b border-slate-300 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-[90rem] flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3">
        <Link
          href={sections[0]?.href ?? "/"}
          className="text-lg font-semibold text-white no-underline hover:underline"
        >
          Brister i samverkan
          <span className="sr-only"> – personalens startsida</span>
        </Link>
        {user ? <StaffMenu user={user} sections={sections} signOutAction={signOutAction} /> : null}
      </div>
    </header>
  );
}
