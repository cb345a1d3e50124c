import type * as z from "zod";

export type FieldErrors = Record<string, string>;

/** Maps zod issues to the form's field names ("measures.0.description"), first message per field. */
export function toFieldErrors(error: z.core.$ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}
