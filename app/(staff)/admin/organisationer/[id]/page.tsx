import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActivationSection } from "@/components/admin/activation-section";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { OrganisationEditForm } from "@/components/admin/organisation-edit-form";
import { getOrganisation } from "@/lib/reference-data/get-organisation";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { setOrganisationActiveAction, updateOrganisationAction } from "../actions";

export const metadata: Metadata = { title: "Ändra organisation" };

export default async function OrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await requirePagePermission("admin:manage", { from: `/admin/organisationer/${id}` });
  const organisation = await getOrganisation(await getDb(), admin, id);
  if (!organisation) notFound();
  return (
    <>
      <AdminBreadcrumbs
        trail={[{ href: "/admin/organisationer", label: "Organisationer" }, { label: organisation.name }]}
      />
      <h1 className="mb-6 text-3xl font-bold">{organisation.name}</h1>
      <section aria-labelledby="org-rubrik" className="mb-10">
        <h2 id="org-rubrik" className="mb-3 text-2xl font-semibold">
          Namn, huvudman och sortering
        </h2>
        <OrganisationEditForm organisation={organisation} action={updateOrganisationAction} />
      </section>
      <ActivationSection
        headingId="org-aktiv-rubrik"
        item={organisation}
        action={setOrganisationActiveAction}
        description={{
          active: "Organisationen är aktiv och kan väljas i rapportformuläret.",
          inactive: "Organisationen är avaktiverad och kan inte väljas i nya rapporter.",
        }}
        buttonLabel={{ deactivate: "Avaktivera organisationen", activate: "Aktivera organisationen igen" }}
      />
    </>
  );
}
