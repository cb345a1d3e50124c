"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";

interface AdminFormProps {
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  summaryErrors: SummaryError[];
  submitCount: number;
  formMessage: string | null;
  status: string | null;
  isPending: boolean;
  submitLabel: string;
  children: ReactNode;
}

/** The frame of every admin form: error summary, the server's message, the fields, the button and the status. */
export function AdminForm(props: AdminFormProps) {
  return (
    <form noValidate onSubmit={props.onSubmit} className="max-w-2xl">
      <ErrorSummary errors={props.summaryErrors} focusKey={props.submitCount} />
      {props.formMessage ? (
        <p role="alert" className="mb-4 rounded border-2 border-red-700 p-3 font-medium text-red-800">
          {props.formMessage}
        </p>
      ) : null}
      {props.children}
      <div className="mt-2 flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={props.isPending}>
          {props.isPending ? "Sparar …" : props.submitLabel}
        </Button>
      </div>
      <p role="status" className="mt-3 min-h-6 font-medium text-green-900">
        {props.status}
      </p>
    </form>
  );
}
