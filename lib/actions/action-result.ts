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

/** What a form posted without JavaScript gets back when it stays on the page: the values as typed, what to correct. */
export interface PostedFormState {
  values?: Record<string, unknown>;
  fieldErrors?: FieldErrors;
  message?: string;
  /** After a success that stays on the page: what to announce ("Ditt svar är skickat …"). */
  status?: string;
}

/** A server action that a form posts to without JavaScript (React's useActionState). */
export type PostedFormAction = (state: PostedFormState, formData: FormData) => Promise<PostedFormState>;
