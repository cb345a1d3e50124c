"use server";

import { createOrganisation } from "@/lib/admin/create-organisation";
import { ZCreateOrganisation, ZSetActive, ZUpdateOrganisation } from "@/lib/admin/schemas";
import { setOrganisationActive } from "@/lib/admin/set-organisation-active";
import { updateOrganisation } from "@/lib/admin/update-organisation";
import { runAdminAction } from "../run-admin-action";

const ORGANISATIONS = "/admin/organisationer";

export async function createOrganisationAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZCreateOrganisation,
    operation: createOrganisation,
    message: (organisation) => `${organisation.name} är tillagd.`,
    id: (organisation) => organisation.id,
    revalidate: [ORGANISATIONS],
  });
}

export async function updateOrganisationAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZUpdateOrganisation,
    operation: updateOrganisation,
    message: (result) => (result.changed ? "Ändringarna är sparade." : "Inget var ändrat."),
    revalidate: [ORGANISATIONS],
  });
}

export async function setOrganisationActiveAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZSetActive,
    operation: setOrganisationActive,
    message: (_, input) =>
      input.isActive
        ? "Organisationen är aktiv igen."
        : "Organisationen är avaktiverad. Rapporter som nämner den finns kvar.",
    revalidate: [ORGANISATIONS],
  });
}
