"use server";

import { staffWith } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import { createArea } from "@/lib/reference-data/create-area";
import { ZCreateArea, ZSetActive, ZUpdateArea } from "@/lib/reference-data/schemas";
import { setAreaActive } from "@/lib/reference-data/set-area-active";
import { updateArea } from "@/lib/reference-data/update-area";
import { activeMessage, savedMessage } from "../messages";

const areaAction = {
  access: staffWith("admin:manage"),
  revalidate: ["/admin/omraden"],
};

export const createAreaAction = defineAction({
  ...areaAction,
  name: "admin/omraden/skapa",
  schema: ZCreateArea,
  run: ({ db, actor }, input) => createArea(db, actor, input),
  message: (area) => `${area.name} är tillagt.`,
});

export const updateAreaAction = defineAction({
  ...areaAction,
  name: "admin/omraden/andra",
  schema: ZUpdateArea,
  run: ({ db, actor }, input) => updateArea(db, actor, input),
  message: savedMessage,
});

export const setAreaActiveAction = defineAction({
  ...areaAction,
  name: "admin/omraden/aktiv",
  schema: ZSetActive,
  run: ({ db, actor }, input) => setAreaActive(db, actor, input),
  message: activeMessage(
    "Området är aktivt igen.",
    "Området är avaktiverat. Rapporter i området behåller det.",
  ),
});
