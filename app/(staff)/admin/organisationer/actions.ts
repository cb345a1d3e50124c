"use server";

import { staffWith } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import { createOrganisation } from "@/lib/reference-data/create-organisation";
import { ZCreateOrganisation, ZSetActive, ZUpdateOrganisation } from "@/lib/reference-data/schemas";
import { setOrganisationActive } from "@/lib/reference-data/set-organisation-active";
import { updateOrganisation } from "@/lib/reference-data/update-organisation";
import { activeMessage, savedMessage } from "../messages";

const organisationAction = {
  access: staffWith("admin:manage"),
  revalidate: ["/admin/organisationer"],
};

export const createOrganisationAction = defineAction({
  ...organisationAction,
  name: "admin/organisationer/skapa",
  schema: ZCreateOrganisation,
  run: ({ db, actor }, input) => createOrganisation(db, actor, input),
  message: (organisation) => `${organisation.name} är tillagd.`,
});

export const updateOrganisationAction = defineAction({
  ...organisationAction,
  name: "admin/organisationer/andra",
  schema: ZUpdateOrganisation,
  run: ({ db, actor }, input) => updateOrganisation(db, actor, input),
  message: savedMessage,
});

export const setOrganisationActiveAction = defineAction({
  ...organisationAction,
  name: "admin/organisationer/aktiv",
  schema: ZSetActive,
  run: ({ db, actor }, input) => setOrganisationActive(db, actor, input),
  message: activeMessage(
    "Organisationen är aktiv igen.",
    "Organisationen är avaktiverad. Rapporter som nämner den finns kvar.",
  ),
});
