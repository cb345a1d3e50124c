export type AppErrorCode =
  | "NOT_FOUND"
  | "DRAFT_EXPIRED"
  | "DRAFT_INCOMPLETE"
  | "ALREADY_SUBMITTED"
  | "GONE"
  | "RATE_LIMITED"
  | "FORBIDDEN"
  | "INVALID"
  /** Someone else changed the record since the user loaded it. */
  | "CONFLICT";

/** An expected failure whose message is safe to show the user (Swedish, no personal data). */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** The form field the message belongs to, e.g. a refused e-mail address. */
    readonly options: { field?: string } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
