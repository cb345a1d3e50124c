import type { Metadata } from "next";
import Link from "next/link";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { AreaCreateForm } from "@/components/admin/area-create-form";
import { listAreas } from "@/lib/admin/list-areas";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";

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
      <div className="mb-8 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">{areas.length} områden</caption>
          <thead>
            <tr className="border-b-2 border-slate-600">
              <th scope="col" className="p-2">
                Namn
              </th>
              <th scope="col" className="p-2">
                Kod
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
            {areas.map((area) => (
              <tr key={area.id} className="border-b border-slate-300">
                <th scope="row" className="p-2 text-left font-normal">
                  <Link href={`/admin/omraden/${area.id}`} className="text-brand-900 underline">
                    {area.name}
                  </Link>
                </th>
                <td className="p-2 font-mono text-sm">{area.code}</td>
                <td className="p-2">{area.sortOrder}</td>
                <td className="p-2">{area.isActive ? "Aktivt" : <strong>Avaktiverat</strong>}</td>
                <td className="p-2">{area.usage}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="nytt-omrade-rubrik">
        <h2 id="nytt-omrade-rubrik" className="mb-3 text-2xl font-semibold">
          Lägg till ett område
        </h2>
        <AreaCreateForm nextSortOrder={nextSortOrder} />
      </section>
    </>
  );
}
