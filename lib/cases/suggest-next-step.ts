import type { CaseStatus } from "@/generated/prisma/enums";
import { allowedTransitions } from "@/lib/cases/status-transitions";

/** Where on the case page the step is done: the id of the form or section that does it. */
export type NextStepTarget = "registrera" | "status" | "klassa" | "meddelande" | "avidentifiering";

export interface NextStep {
  label: string;
  /** Why this step, in a sentence. */
  reason: string;
  target: NextStepTarget;
}

export interface NextStepCase {
  status: CaseStatus;
  hasCategories: boolean;
  /** Has a coordinator written to the reporter yet (återkoppling)? */
  hasCoordinatorMessage: boolean;
  /** The anonymised record: none, saved and awaiting approval, or approved. */
  redaction: "NONE" | "UTKAST" | "GODKAND";
}

/**
 * Pure: the step that usually comes next for a case, from the state machine and what the case already has.
 * A suggestion only; every action stays available. Null when the case is finished (closed or rejected).
 */
export function suggestNextStep(c: NextStepCase): NextStep | null {
  const may = (to: CaseStatus) => allowedTransitions(c.status).includes(to);
  switch (c.status) {
    case "INKOMMEN":
      return {
        label: "Registrera diarienummer",
        reason: "Bristen har kommit in men är inte diarieförd.",
        target: "registrera",
      };
    case "REGISTRERAD":
      if (!c.hasCategories) {
        return {
          label: "Välj kategorier och områden",
          reason: "Bakomliggande orsaker behövs för arbetsgruppens årliga analys.",
          target: "klassa",
        };
      }
      return may("UNDER_HANDLAGGNING")
        ? {
            label: "Påbörja handläggningen",
            reason: "Ärendet är registrerat och kategoriserat.",
            target: "status",
          }
        : null;
    case "UNDER_HANDLAGGNING":
      if (!c.hasCoordinatorMessage) {
        return {
          label: "Ge återkoppling",
          reason: "Rapportören har inte fått någon återkoppling ännu.",
          target: "meddelande",
        };
      }
      return may("ATERKOPPLAD")
        ? {
            label: "Markera som återkopplad",
            reason: "Rapportören har fått återkoppling.",
            target: "status",
          }
        : null;
    case "ATERKOPPLAD":
      if (c.redaction !== "GODKAND") {
        return {
          label: "Avidentifiera",
          reason:
            c.redaction === "UTKAST"
              ? "Den avidentifierade versionen väntar på godkännande."
              : "Arbetsgruppen får bara se bristen när den är avidentifierad.",
          target: "avidentifiering",
        };
      }
      return {
        label: "Markera som avidentifierad",
        reason: "Den avidentifierade versionen är godkänd.",
        target: "status",
      };
    case "AVIDENTIFIERAD":
      return may("AVSLUTAD")
        ? {
            label: "Avsluta ärendet",
            reason: "Bristen är avidentifierad och klar för arbetsgruppen.",
            target: "status",
          }
        : null;
    case "AVSLUTAD":
    case "AVVISAD":
      return null;
  }
}
