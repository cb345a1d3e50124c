import type { Metadata } from "next";
import Link from "next/link";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { OrganisationCreateForm } from "@/components/admin/organisation-create-form";
import type { Huvudman } from "@/generated/prisma/enums";
import { listOrganisations } from "@/lib/admin/list-organisations";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { HUVUDMAN_LABELS } from "@/lib/reports/reference-options";

export const metadata: Metadata = { title: "Organisationer" };

export default async function OrganisationsPage() {
  const admin = await requirePagePermission("admin:manage", { from: "/admin/organisationer" });
  const organisations = await listOrganisations(await getDb(), admin);
  const nextSortOrder = Math.max(0, ...organisations.map((o) => o.sortOrder)) + 10;
  return (
    <>
      <AdminBreadcrumbs trail={[{ label: "Organisationer" }]} />
      <h1 className="mb-4 text-3xl font-bold">Organisationer</h1>
      <p className="mb-6">
        Organisationerna rapportörer väljer som egen organisation och som samverkanspart, grupperade efter
        huvudman. En avaktiverad organisation syns inte i formuläret, men rapporter som nämner den behåller
        den. Organisationer tas aldrig bort.
      </p>
      {(Object.keys(HUVUDMAN_LABELS) as Huvudman[]).map((huvudman) => {
        const rows = organisations.filter((o) => o.huvudman === huvudman);
        return (
          <div key={huvudman} className="mb-8 overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left text-xl font-semibold">
                {HUVUDMAN_LABELS[huvudman]} ({rows.length})
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-600">
                  <th scope="col" className="p-2">
                    Namn
                  </th>
                  <th scope="col" className="p-2">
                    Sortering
                  </th>
                  <th scope="col" className="p-2">
                    Status
                  </th>
                  <th scope="col" className="p-2">
                    Används i rapporter
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((organisation) => (
                  <tr key={organisation.id} className="border-b border-slate-300">
                    <th scope="row" className="p-2 text-left font-normal">
                      <Link
                        href={`/admin/organisationer/${organisation.id}`}
                        className="text-brand-900 underline"
                      >
                        {organisation.name}
                      </Link>
                    </th>
                    <td className="p-2">{organisation.sortOrder}</td>
                    <td className="p-2">{organisation.isActive ? "Aktiv" : <strong>Avaktiverad</strong>}</td>
                    <td className="p-2">{organisation.usage}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      <section aria-labelledby="ny-org-rubrik" className="mt-10">
        <h2 id="ny-org-rubrik" className="mb-3 text-2xl font-semibold">
          Lägg till en organisation
        </h2>
        <OrganisationCreateForm nextSortOrder={nextSortOrder} />
      </section>
    </>
  );
}
