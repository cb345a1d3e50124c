import type { z } from "zod";

export type FieldErrors = Record<string, string>;

/** What an admin server action returns: a Swedish message, and on failure the errors per field. */
export type AdminActionResult =
  { ok: true; message: string; id?: string } | { ok: false; message: string; fieldErrors?: FieldErrors };

/** Maps zod issues to the form's field names, e.g. "routineSteps.0.title". */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}
