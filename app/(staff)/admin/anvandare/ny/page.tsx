import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { UserInviteForm } from "@/components/admin/user-invite-form";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { inviteUserAction } from "../actions";

export const metadata: Metadata = { title: "Lägg till användare" };

export default async function NewUserPage() {
  await requirePagePermission("admin:manage", { from: "/admin/anvandare/ny" });
  return (
    <>
      <AdminBreadcrumbs trail={[{ href: "/admin/anvandare", label: "Användare" }, { label: "Lägg till" }]} />
      <h1 className="mb-4 text-3xl font-bold">Lägg till en användare</h1>
      <p className="mb-6">
        Välj ett första lösenord och lämna över det på ett säkert sätt. Kontot kan användas så fort det är
        skapat.
      </p>
      <UserInviteForm action={inviteUserAction} />
    </>
  );
}
