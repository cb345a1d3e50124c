import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivationSection } from "@/components/admin/activation-section";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { AreaEditForm } from "@/components/admin/area-edit-form";
import { getArea } from "@/lib/reference-data/get-area";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { setAreaActiveAction, updateAreaAction } from "../actions";

export const metadata: Metadata = { title: "Ändra område" };

export default async function AreaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await requirePagePermission("admin:manage", { from: `/admin/omraden/${id}` });
  const area = await getArea(await getDb(), admin, id);
  if (!area) notFound();
  return (
    <>
      <AdminBreadcrumbs trail={[{ href: "/admin/omraden", label: "Områden" }, { label: area.name }]} />
      <h1 className="mb-2 text-3xl font-bold">{area.name}</h1>
      <p className="mb-6">
        Kod: <span className="font-mono">{area.code}</span> (kan inte ändras)
      </p>
      <section aria-labelledby="omrade-rubrik" className="mb-10">
        <h2 id="omrade-rubrik" className="mb-3 text-2xl font-semibold">
          Namn och sortering
        </h2>
        <AreaEditForm area={area} action={updateAreaAction} />
      </section>
      <ActivationSection
        headingId="omrade-aktiv-rubrik"
        item={area}
        action={setAreaActiveAction}
        description={{
          active: "Området är aktivt och kan väljas.",
          inactive: "Området är avaktiverat och kan inte väljas för nya brister.",
        }}
        buttonLabel={{ deactivate: "Avaktivera området", activate: "Aktivera området igen" }}
      />
    </>
  );
}
