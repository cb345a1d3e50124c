import type { FieldErrors } from "@/lib/field-errors";

/**
 * What every server action returns, public and staff alike: a Swedish message for the user, and on failure the
 * errors per field, plus a short reference when something unexpected happened (the same one is in the log).
 */
export type ActionResult<TData = undefined> =
  | { ok: true; message: string; data: TData }
  | { ok: false; message: string; fieldErrors?: FieldErrors; errorRef?: string };

/** A server action as a form receives it: raw form values in, one result out. */
export type FormAction<TData = undefined> = (values: unknown) => Promise<ActionResult<TData>>;
