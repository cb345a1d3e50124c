"use server";

import { createArea } from "@/lib/reference-data/create-area";
import { ZCreateArea, ZSetActive, ZUpdateArea } from "@/lib/reference-data/schemas";
import { setAreaActive } from "@/lib/reference-data/set-area-active";
import { updateArea } from "@/lib/reference-data/update-area";
import { activeMessage, runReferenceAction, savedMessage } from "../run-admin-action";

const AREAS = "/admin/omraden";

export async function createAreaAction(values: unknown) {
  return runReferenceAction(values, AREAS, {
    schema: ZCreateArea,
    operation: createArea,
    message: (area) => `${area.name} är tillagt.`,
    id: (area) => area.id,
  });
}

export async function updateAreaAction(values: unknown) {
  return runReferenceAction(values, AREAS, {
    schema: ZUpdateArea,
    operation: updateArea,
    message: savedMessage,
  });
}

export async function setAreaActiveAction(values: unknown) {
  return runReferenceAction(values, AREAS, {
    schema: ZSetActive,
    operation: setAreaActive,
    message: activeMessage(
      "Området är aktivt igen.",
      "Området är avaktiverat. Rapporter i området behåller det.",
    ),
  });
}
