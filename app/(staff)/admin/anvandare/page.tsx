import type { Metadata } from "next";
import Link from "next/link";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { stockholmDate, stockholmDateTime } from "@/lib/admin/dates";
import { listUsers } from "@/lib/admin/list-users";
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
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{users.length} användare</caption>
          <thead>
            <tr className="border-b-2 border-slate-600">
              <th scope="col" className="p-2">
                Namn
              </th>
              <th scope="col" className="p-2">
                E-post
              </th>
              <th scope="col" className="p-2">
                Roll
              </th>
              <th scope="col" className="p-2">
                Status
              </th>
              <th scope="col" className="p-2">
                Senast inloggad
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-slate-300">
                <th scope="row" className="p-2 text-left font-normal">
                  <Link href={`/admin/anvandare/${user.id}`} className="text-brand-900 underline">
                    {user.name}
                  </Link>
                  {user.id === admin.id ? <span className="text-sm text-slate-700"> (du)</span> : null}
                </th>
                <td className="break-all p-2">{user.email}</td>
                <td className="p-2">{ROLE_LABELS[user.role]}</td>
                <td className="p-2">{user.isActive ? "Aktiv" : <strong>Avaktiverad</strong>}</td>
                <td className="p-2">
                  {user.lastLoginAt ? (
                    <time dateTime={user.lastLoginAt.toISOString()}>
                      {stockholmDateTime(user.lastLoginAt).slice(0, 16)}
                    </time>
                  ) : (
                    `Aldrig (skapad ${stockholmDate(user.createdAt)})`
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
