"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";

interface CaseFormShellProps {
  /** Prefix of the form's ids; the heading gets `${id}-rubrik`. */
  id: string;
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  summaryErrors: SummaryError[];
  submitCount: number;
  status: string;
  formMessage: string | null;
  isPending: boolean;
  children: ReactNode;
}

/** A titled case-handling form: error summary first, then the fields, the button and a live status line. */
export function CaseFormShell(props: CaseFormShellProps) {
  const headingId = `${props.id}-rubrik`;
  return (
    <div className="mb-8 rounded border border-slate-400 p-4">
      <h3 id={headingId} className="mb-2 text-lg font-semibold">
        {props.title}
      </h3>
      {props.intro ? <div className="mb-3 text-sm text-slate-700">{props.intro}</div> : null}
      <form noValidate aria-labelledby={headingId} onSubmit={props.onSubmit}>
        <ErrorSummary id={`${props.id}-fel`} errors={props.summaryErrors} focusKey={props.submitCount} />
        {props.formMessage ? (
          <p role="alert" className="mb-4 rounded border-2 border-red-700 p-3 font-medium text-red-800">
            {props.formMessage}
          </p>
        ) : null}
        {props.children}
        <Button type="submit" disabled={props.isPending}>
          {props.isPending ? "Sparar …" : props.submitLabel}
        </Button>
        <p role="status" className="mt-3 min-h-6 font-medium text-green-800">
          {props.status ? (
            <>
              <span aria-hidden="true">✓ </span>
              {props.status}
            </>
          ) : null}
        </p>
      </form>
    </div>
  );
}
