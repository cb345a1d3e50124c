import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { OrganisationCreateForm } from "@/components/admin/organisation-create-form";
import { ReferenceTable, sortStatusUsageColumns } from "@/components/admin/reference-table";
import type { Huvudman } from "@/generated/prisma/enums";
import { listOrganisations } from "@/lib/reference-data/list-organisations";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { HUVUDMAN_LABELS } from "@/lib/reports/reference-options";
import { createOrganisationAction } from "./actions";

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
          <ReferenceTable
            key={huvudman}
            caption={`${HUVUDMAN_LABELS[huvudman]} (${rows.length})`}
            captionClassName="mb-2 text-left text-xl font-semibold"
            rows={rows}
            href={(organisation) => `/admin/organisationer/${organisation.id}`}
            columns={sortStatusUsageColumns("Används i rapporter")}
          />
        );
      })}
      <section aria-labelledby="ny-org-rubrik" className="mt-10">
        <h2 id="ny-org-rubrik" className="mb-3 text-2xl font-semibold">
          Lägg till en organisation
        </h2>
        <OrganisationCreateForm nextSortOrder={nextSortOrder} action={createOrganisationAction} />
      </section>
    </>
  );
}
