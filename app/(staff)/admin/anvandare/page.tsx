import type { Metadata } from "next";
import Link from "next/link";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { ActiveStatus, ReferenceTable } from "@/components/admin/reference-table";
import { stockholmDate, stockholmDateTime } from "@/lib/dates";
import { listUsers } from "@/lib/users/list-users";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Användare" };

export default async function UsersPage() {
  const admin = await requirePagePermission("admin:manage", { from: "/admin/anvandare" });
  const users = await listUsers(await getDb(), admin);
  return (
    <>
      <AdminBreadcrumbs trail={[{ label: "Användare" }]} />
      <h1 className="mb-4 text-3xl font-bold">Användare</h1>
      <p className="mb-4">
        Konton för samordnare, arbetsgrupp och administratörer. Rapportörer och samverkansparter behöver inget
        konto. Konton tas aldrig bort: en avaktiverad användare kan inte logga in, men det hen gjort finns
        kvar i loggen.
      </p>
      <p className="mb-6">
        <Link href="/admin/anvandare/ny" className="font-semibold text-brand-900 underline">
          Lägg till en användare
        </Link>
      </p>
      <ReferenceTable
        caption={`${users.length} användare`}
        className="overflow-x-auto"
        rows={users}
        href={(user) => `/admin/anvandare/${user.id}`}
        nameSuffix={(user) =>
          user.id === admin.id ? <span className="text-sm text-slate-700"> (du)</span> : null
        }
        columns={[
          { header: "E-post", cell: (user) => user.email, className: "break-all p-2" },
          { header: "Roll", cell: (user) => ROLE_LABELS[user.role] },
          { header: "Status", cell: (user) => <ActiveStatus isActive={user.isActive} /> },
          { header: "Senast inloggad", cell: (user) => <LastLogin user={user} /> },
        ]}
      />
    </>
  );
}

function LastLogin({ user }: { user: { lastLoginAt: Date | null; createdAt: Date } }) {
  if (!user.lastLoginAt) return `Aldrig (skapad ${stockholmDate(user.createdAt)})`;
  return (
    <time dateTime={user.lastLoginAt.toISOString()}>{stockholmDateTime(user.lastLoginAt).slice(0, 16)}</time>
  );
}
