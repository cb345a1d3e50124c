import { formDataValues } from "@/lib/forms/form-data-values";
import { findingsIn } from "@/lib/reports/identifier-findings";
import { MAX_MEASURES, MAX_PARTICIPANTS } from "@/lib/reports/schemas";
import {
  BUTTON_FIELD,
  EMPTY_MEASURE,
  EMPTY_PARTICIPANT,
  EMPTY_STEP_FORMS,
  STEP_FIELD,
  type RowKind,
} from "@/lib/reports/step-form-fields";
import { WIZARD_STEPS, type StepKey } from "@/lib/reports/wizard-steps";

export { BUTTON_FIELD, STEP_FIELD, type StepFormState } from "@/lib/reports/step-form-fields";

// A wizard step posted as a plain form, without JavaScript: the same values react-hook-form would send, so the
// same schema and the same saveStep take them.

/** Checkbox groups: nothing ticked posts nothing, and that means an empty list. */
const STEP_LISTS: Partial<Record<StepKey, readonly string[]>> = {
  partner: ["partnerOrganisationIds"],
  event: ["areaIds"],
};

/** The rows del två adds and removes, each with its empty row and its most. */
const ROWS: Record<RowKind, { field: string; empty: Record<string, string>; max: number }> = {
  atgard: { field: "measures", empty: EMPTY_MEASURE, max: MAX_MEASURES },
  part: { field: "participants", empty: EMPTY_PARTICIPANT, max: MAX_PARTICIPANTS },
};

export type StepFormButton =
  { kind: "save" } | { kind: "add"; row: RowKind } | { kind: "remove"; row: RowKind; index: number };

export function stepOfForm(formData: FormData): StepKey | null {
  const step = formData.get(STEP_FIELD);
  return WIZARD_STEPS.find((s) => s.key === step)?.key ?? null;
}

export function buttonOfForm(formData: FormData): StepFormButton {
  const value = String(formData.get(BUTTON_FIELD) ?? "");
  const add = /^lagg-till-(atgard|part)$/.exec(value);
  if (add) return { kind: "add", row: add[1] as RowKind };
  const remove = /^ta-bort-(atgard|part)-(\d{1,3})$/.exec(value);
  if (remove) return { kind: "remove", row: remove[1] as RowKind, index: Number(remove[2]) };
  return { kind: "save" };
}

/**
 * A posted step as the values react-hook-form holds: the posted fields over what the draft has stored (over the
 * step's empty form), as the browser's form keeps the answers of a section it hides (the dates of the timing not chosen, the measures after
 * "nej"). The identifier confirmations come only from the post: a box left unticked is no confirmation, and a
 * ticked one confirms the kinds found in its text as posted.
 */
export function stepFormValues(
  step: StepKey,
  formData: FormData,
  stored: Record<string, unknown> = {},
): Record<string, unknown> {
  const posted = formDataValues(formData, { lists: STEP_LISTS[step] });
  const values: Record<string, unknown> = { ...EMPTY_STEP_FORMS[step], ...stored, ...posted };
  if ("identifierConfirmations" in values)
    values.identifierConfirmations = posted.identifierConfirmations ?? {};
  return withTickedConfirmations(values) as Record<string, unknown>;
}

/** A ticked box posts "ja" at "<prefix>identifierConfirmations.<field>": it confirms what "<prefix><field>" holds. */
function withTickedConfirmations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withTickedConfirmations);
  if (typeof value !== "object" || value === null) return value;
  const object = Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, withTickedConfirmations(item)]),
  ) as Record<string, unknown>;
  const confirmations = object.identifierConfirmations;
  if (typeof confirmations === "object" && confirmations !== null && !Array.isArray(confirmations)) {
    object.identifierConfirmations = Object.fromEntries(
      Object.entries(confirmations).map(([field, confirmed]) => [
        field,
        typeof confirmed === "string"
          ? findingsIn(typeof object[field] === "string" ? (object[field] as string) : "").confirmableKinds
          : confirmed,
      ]),
    );
  }
  return object;
}

/** The values after "Lägg till åtgärd" or "Ta bort åtgärd 2": one more empty row, or one row less. */
export function withRowChange(
  values: Record<string, unknown>,
  button: Exclude<StepFormButton, { kind: "save" }>,
): Record<string, unknown> {
  const { field, empty, max } = ROWS[button.row];
  const rows = Array.isArray(values[field]) ? [...(values[field] as unknown[])] : [];
  if (button.kind === "add" && rows.length < max) rows.push({ ...empty });
  if (button.kind === "remove" && rows.length > 1) rows.splice(button.index, 1);
  return { ...values, [field]: rows };
}
