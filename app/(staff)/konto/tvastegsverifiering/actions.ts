"use server";

import { signedInStaff } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import { confirmTotpEnrolment } from "@/lib/two-factor/enrolment";
import { ZConfirmTotp } from "@/lib/two-factor/schemas";

// No revalidation: the form shows the recovery codes, once, until the user goes on.
export const confirmTotpAction = defineAction({
  name: "konto/tvastegsverifiering",
  access: signedInStaff,
  schema: ZConfirmTotp,
  run: ({ db, actor }, input) => confirmTotpEnrolment(db, actor, input),
  message: "Tvåstegsverifiering är aktiverad.",
  data: (result) => ({ recoveryCodes: result.recoveryCodes }),
  messageField: "code",
});
