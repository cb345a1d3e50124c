"use server";

import { createOrganisation } from "@/lib/reference-data/create-organisation";
import { ZCreateOrganisation, ZSetActive, ZUpdateOrganisation } from "@/lib/reference-data/schemas";
import { setOrganisationActive } from "@/lib/reference-data/set-organisation-active";
import { updateOrganisation } from "@/lib/reference-data/update-organisation";
import { activeMessage, runReferenceAction, savedMessage } from "../run-admin-action";

const ORGANISATIONS = "/admin/organisationer";

export async function createOrganisationAction(values: unknown) {
  return runReferenceAction(values, ORGANISATIONS, {
    schema: ZCreateOrganisation,
    operation: createOrganisation,
    message: (organisation) => `${organisation.name} är tillagd.`,
    id: (organisation) => organisation.id,
  });
}

export async function updateOrganisationAction(values: unknown) {
  return runReferenceAction(values, ORGANISATIONS, {
    schema: ZUpdateOrganisation,
    operation: updateOrganisation,
    message: savedMessage,
  });
}

export async function setOrganisationActiveAction(values: unknown) {
  return runReferenceAction(values, ORGANISATIONS, {
    schema: ZSetActive,
    operation: setOrganisationActive,
    message: activeMessage(
      "Organisationen är aktiv igen.",
      "Organisationen är avaktiverad. Rapporter som nämner den finns kvar.",
    ),
  });
}
