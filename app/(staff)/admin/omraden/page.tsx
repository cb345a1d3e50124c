import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { AreaCreateForm } from "@/components/admin/area-create-form";
import { ReferenceTable, sortStatusUsageColumns } from "@/components/admin/reference-table";
import { listAreas } from "@/lib/reference-data/list-areas";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { createAreaAction } from "./actions";

export const metadata: Metadata = { title: "Områden" };

export default async function AreasPage() {
  const admin = await requirePagePermission("admin:manage", { from: "/admin/omraden" });
  const areas = await listAreas(await getDb(), admin);
  const nextSortOrder = Math.max(0, ...areas.map((a) => a.sortOrder)) + 10;
  return (
    <>
      <AdminBreadcrumbs trail={[{ label: "Områden" }]} />
      <h1 className="mb-4 text-3xl font-bold">Områden</h1>
      <p className="mb-6">
        Områdena en brist kan gälla, till exempel SIP eller utskrivning från sluten vård. Ett avaktiverat
        område kan inte väljas längre, men brister i området behåller det. Områden tas aldrig bort.
      </p>
      <ReferenceTable
        caption={`${areas.length} områden`}
        rows={areas}
        href={(area) => `/admin/omraden/${area.id}`}
        columns={[
          { header: "Kod", cell: (area) => area.code, className: "p-2 font-mono text-sm" },
          ...sortStatusUsageColumns("Används i rapporter", true),
        ]}
      />
      <section aria-labelledby="nytt-omrade-rubrik">
        <h2 id="nytt-omrade-rubrik" className="mb-3 text-2xl font-semibold">
          Lägg till ett område
        </h2>
        <AreaCreateForm nextSortOrder={nextSortOrder} action={createAreaAction} />
      </section>
    </>
  );
}
