import type { PostedFormState } from "@/lib/actions/action-result";

// The control fields of a wizard step posted as a plain form (lib/reports/step-form.ts reads them). Kept apart,
// so the browser's forms name them without loading the server's reading of the post.

/** The hidden field naming the step, and the button that was pressed (absent: "Spara och fortsätt"). */
export const STEP_FIELD = "_steg";
export const BUTTON_FIELD = "_knapp";

/** The rows del två adds and removes without JavaScript. */
export type RowKind = "atgard" | "part";

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
