"use server";

import { staffWith } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import { approvePrivilegedChange } from "@/lib/privileged-changes/requests";
import { ZChangeRequestRef } from "@/lib/privileged-changes/schemas";

export const approveChangeAction = defineAction({
  name: "admin/godkann-andring",
  access: staffWith("admin:manage"),
  schema: ZChangeRequestRef,
  run: ({ db, actor }, input) => approvePrivilegedChange(db, actor, input),
  revalidate: ["/admin", "/admin/anvandare"],
  message: "Ändringen är godkänd och genomförd.",
});
