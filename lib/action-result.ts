import type { FieldErrors } from "@/lib/field-errors";

/** What an admin server action returns: a Swedish message, and on failure the errors per field. */
export type AdminActionResult =
  { ok: true; message: string; id?: string } | { ok: false; message: string; fieldErrors?: FieldErrors };
