"use server";

import { signedInStaff } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import { endOwnSession } from "@/lib/sessions/sessions";
import { ZSessionRef } from "@/lib/sessions/schemas";

export const endOwnSessionAction = defineAction({
  name: "konto/sessioner/avsluta",
  access: signedInStaff,
  schema: ZSessionRef,
  run: ({ db, actor }, input) => endOwnSession(db, actor, input),
  revalidate: ["/konto/sessioner"],
  message: "Sessionen är avslutad. Den enheten är utloggad.",
});
