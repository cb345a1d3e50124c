"use server";

import { staffWith } from "@/lib/actions/staff-access";
import { defineAction } from "@/lib/actions/run-action";
import { IDENTIFIER_KIND_NAMES } from "@/lib/reports/identifier-findings";
import { saveCaseReview } from "@/lib/reviews/save-case-review";
import { ZSaveCaseReview } from "@/lib/reviews/schemas";

export const saveCaseReviewAction = defineAction({
  name: "arbetsgrupp/analys",
  access: staffWith("anonymised:read"),
  schema: ZSaveCaseReview,
  run: ({ db, actor }, input) => saveCaseReview(db, actor, input),
  // The brist's page, the list's progress and whatever counts the group's categories.
  revalidate: (input) => [`/arbetsgrupp/${input.reportId}`, "/arbetsgrupp", "/arbetsgrupp/statistik"],
  message: (result) => {
    const saved = result.isRevision ? "Ändringarna i analysen är sparade." : "Analysen är sparad.";
    if (result.flags.length === 0) return saved;
    const kinds = result.flags.map((flag) => IDENTIFIER_KIND_NAMES[flag.kind].toLowerCase()).join(", ");
    return `${saved} Kontrollera kommentaren: den kan innehålla ${kinds}.`;
  },
  data: (result) => ({ version: result.version }),
  unexpected:
    "Något gick fel hos oss och analysen sparades inte. Det du skrev finns kvar; försök igen om en stund",
});
