import type { FieldErrors } from "react-hook-form";
import type { SummaryError } from "@/components/ui/error-summary";

/**
 * react-hook-form's nested errors as a flat list for the error summary, each linked to its field's element id.
 * An array's own error ("root") links to the array's fieldset.
 */
export function flattenFormErrors(
  errors: FieldErrors,
  idFor: (name: string) => string,
  path = "",
): SummaryError[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || key === "ref") return [];
    const name = key === "root" ? path : path ? `${path}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === "string") {
      return [{ fieldId: idFor(name), message: (value as { message: string }).message }];
    }
    return typeof value === "object" ? flattenFormErrors(value as FieldErrors, idFor, name) : [];
  });
}
