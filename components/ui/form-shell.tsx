"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { ActionFormState } from "@/components/ui/use-action-form";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";

interface FormShellProps extends ActionFormState {
  submitLabel: string;
  /** Shown on the button while the action runs. */
  pendingLabel?: string;
  className?: string;
  children: ReactNode;
  /** Needed when a page has several forms: the summary gets `${id}-fel` and the heading `${id}-rubrik`. */
  id?: string;
  /** A titled form stands in its own panel (the case page's forms); an untitled one fills its page. */
  title?: string;
  intro?: ReactNode;
  /** Beside the button: "Tillbaka", "Avbryt". */
  secondary?: ReactNode;
  /** Replaces the success status line, e.g. with the wizard's autosave state. */
  statusLine?: ReactNode;
  /**
   * Where the form posts without JavaScript: a server action from useActionState, or the address of a handler
   * outside the app's actions (next-auth's sign-in). With JavaScript, onSubmit handles the form instead.
   */
  formAction?: string | ((formData: FormData) => void);
  /** Hidden fields the plain post needs, e.g. which wizard step it is. */
  hiddenFields?: Record<string, string>;
}

/**
 * The frame of every form: the error summary first, the server's message, the fields, the button, and a status
 * line announced to screen readers.
 */
export function FormShell(props: FormShellProps) {
  const isHydrated = useIsHydrated();
  const headingId = props.id ? `${props.id}-rubrik` : undefined;
  const formElement = (
    <form
      noValidate
      className={props.className}
      aria-labelledby={props.title ? headingId : undefined}
      onSubmit={props.onSubmit}
      action={props.formAction}
      method={typeof props.formAction === "string" ? "post" : undefined}
    >
      {Object.entries(props.hiddenFields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.formAction && !isHydrated ? (
        // Enter in a field submits with the form's first submit button. Without the script, rows are added and
        // removed with submit buttons, so this one comes first and saves, as the main button does.
        <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true">
          {props.submitLabel}
        </button>
      ) : null}
      <ErrorSummary
        id={props.id ? `${props.id}-fel` : undefined}
        errors={props.summaryErrors}
        focusKey={props.submitCount}
      />
      {props.formMessage ? (
        <p role="alert" className="mb-4 rounded border-2 border-red-700 p-3 font-medium text-red-800">
          {props.formMessage}
        </p>
      ) : null}
      {props.children}
      <div className="mt-6 flex flex-wrap items-center gap-4">
        {/* aria-disabled, not disabled: a disabled button drops keyboard and screen-reader focus to the page. */}
        <Button
          type="submit"
          aria-disabled={props.isPending}
          className={props.isPending ? "opacity-60" : undefined}
          onClick={(event) => {
            if (props.isPending) event.preventDefault();
          }}
        >
          {props.isPending ? (props.pendingLabel ?? "Sparar …") : props.submitLabel}
        </Button>
        {props.secondary}
      </div>
      {props.statusLine ?? (
        <p role="status" className="mt-3 min-h-6 font-medium text-green-800">
          {props.status ? (
            <>
              <span aria-hidden="true">✓ </span>
              {props.status}
            </>
          ) : null}
        </p>
      )}
    </form>
  );
  if (!props.title) return formElement;
  return (
    <div className="mb-8 rounded border border-slate-400 p-4">
      <h3 id={headingId} className="mb-2 text-lg font-semibold">
        {props.title}
      </h3>
      {props.intro ? <div className="mb-3 text-sm text-slate-700">{props.intro}</div> : null}
      {formElement}
    </div>
  );
}
