"use server";

import { createArea } from "@/lib/admin/create-area";
import { ZCreateArea, ZSetActive, ZUpdateArea } from "@/lib/admin/schemas";
import { setAreaActive } from "@/lib/admin/set-area-active";
import { updateArea } from "@/lib/admin/update-area";
import { runAdminAction } from "../run-admin-action";

const AREAS = "/admin/omraden";

export async function createAreaAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZCreateArea,
    operation: createArea,
    message: (area) => `${area.name} är tillagt.`,
    id: (area) => area.id,
    revalidate: [AREAS],
  });
}

export async function updateAreaAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZUpdateArea,
    operation: updateArea,
    message: (result) => (result.changed ? "Ändringarna är sparade." : "Inget var ändrat."),
    revalidate: [AREAS],
  });
}

export async function setAreaActiveAction(values: unknown) {
  return runAdminAction(values, {
    permission: "admin:manage",
    schema: ZSetActive,
    operation: setAreaActive,
    message: (_, input) =>
      input.isActive
        ? "Området är aktivt igen."
        : "Området är avaktiverat. Rapporter i området behåller det.",
    revalidate: [AREAS],
  });
}
