import type { PostedFormState } from "@/lib/actions/action-result";
import type { TReportSubmissionInput } from "@/lib/reports/schemas";
import type { StepKey } from "@/lib/reports/wizard-steps";

// The control fields of a wizard step posted as a plain form (lib/reports/step-form.ts reads them). Kept apart,
// so the browser's forms name them without loading the server's reading of the post.

/** The hidden field naming the step, and the button that was pressed (absent: "Spara och fortsätt"). */
export const STEP_FIELD = "_steg";
export const BUTTON_FIELD = "_knapp";

/** The rows del två adds and removes without JavaScript. */
export type RowKind = "atgard" | "part";

/** The empty rows of del två: what "Lägg till part" and "Lägg till åtgärd" add. */
export const EMPTY_PARTICIPANT = { organisation: "", role: "" };
export const EMPTY_MEASURE = { description: "", responsibleParty: "", targetDate: "" };

/**
 * What each step's form starts from, in the browser and when a step is posted without JavaScript. No answer is
 * chosen in advance: the radio buttons ("ja" or "nej", the timing) would tilt the reporter's answer.
 */
export const EMPTY_STEP_FORMS: { [K in StepKey]: Partial<TReportSubmissionInput[K]> } = {
  reporter: {
    reporterName: "",
    reporterEmail: "",
    reporterPhone: "",
    organisationId: "",
    unit: "",
    reporterRole: "",
  },
  partner: { partnerOrganisationIds: [], partnerOther: "" },
  event: { eventDate: "", eventMonth: "", areaIds: [] },
  description: { description: "", actionsTaken: "", identifierConfirmations: {} },
  delTva: {
    dialogueDate: "",
    participants: [EMPTY_PARTICIPANT],
    measures: [EMPTY_MEASURE],
    isSolved: "",
    escalationComment: "",
    noDialogueReason: "",
    identifierConfirmations: {},
  },
};

/** The button's value for adding a row ("lagg-till-atgard") or removing one ("ta-bort-atgard-1"). */
export const addRowButton = (row: RowKind) => `lagg-till-${row}`;
export const removeRowButton = (row: RowKind, index: number) => `ta-bort-${row}-${index}`;

/** What a posted step form gets back when it stays on the page: the values as typed, and what to correct. */
export type StepFormState = PostedFormState;

/** The receipt after submitting: the follow-up code is null for a repeated submit, as it is shown only once. */
export interface Receipt {
  reference: string;
  followUpCode: string | null;
  wasAlreadySubmitted: boolean;
}

/** What the review page's form gets back when it posts without JavaScript. */
export interface SubmitFormState {
  receipt?: Receipt;
  message?: string;
}
