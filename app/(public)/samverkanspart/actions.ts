"use server";

import { partnerSession } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/run-action";
import { addPartnerComment } from "@/lib/reports/partner-links";
import { ZPartnerComment } from "@/lib/reports/schemas";

// The cookie is left to expire: the link is spent once commented, and changing a cookie here would re-render the
// page.
export const addPartnerCommentAction = defineAction({
  name: "samverkanspart/kommentar",
  access: partnerSession,
  schema: ZPartnerComment,
  run: ({ db, link }, input) => addPartnerComment(db, link, input, new Date()),
  message: "Tack! Din kommentar är skickad till rapportören. Länken gäller inte längre.",
  unexpected: "Något gick fel hos oss. Försök igen om en stund",
});
