"use server";

import { staffWith } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import { describeRetentionSummary, runRetentionNow } from "@/lib/retention/run-retention";
import { ZRunRetention } from "@/lib/retention/schemas";

export const runRetentionAction = defineAction({
  name: "admin/gallring/kor",
  access: staffWith("admin:manage"),
  schema: ZRunRetention,
  run: ({ db, actor }) => runRetentionNow(db, actor),
  // Erased cases change in the coordinators' inbox and lists too.
  revalidate: ["/admin/gallring", "/inkorg", "/inkorg/gallring"],
  message: (summary) => describeRetentionSummary(summary),
  unexpected:
    "Något gick fel hos oss och gallringen avbröts. Det som hann gallras är loggat. Försök igen om en stund",
});
