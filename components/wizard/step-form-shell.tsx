"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import type { SaveState } from "@/components/wizard/use-step-form";

interface StepFormShellProps {
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  summaryErrors: SummaryError[];
  submitCount: number;
  saveState: SaveState;
  savedAt: Date | null;
  formMessage: string | null;
  isPending: boolean;
  backHref?: string;
  submitLabel?: string;
  children: ReactNode;
}

const SAVE_TEXT: Record<SaveState, string> = {
  idle: "",
  saving: "Sparar utkastet …",
  saved: "Utkastet är sparat",
  error: "Utkastet kunde inte sparas just nu. Dina svar finns kvar i formuläret.",
};

export function StepFormShell(props: StepFormShellProps) {
  const savedText =
    props.saveState === "saved" && props.savedAt
      ? `${SAVE_TEXT.saved} ${props.savedAt.toLocaleTimeString("sv-SE", { hour: "2-digit", minute: "2-digit" })}.`
      : SAVE_TEXT[props.saveState];
  return (
    <form noValidate onSubmit={props.onSubmit}>
      <ErrorSummary errors={props.summaryErrors} focusKey={props.submitCount} />
      {props.formMessage ? (
        <p role="alert" className="mb-4 rounded border-2 border-red-700 p-3 font-medium text-red-800">
          {props.formMessage}
        </p>
      ) : null}
      {props.children}
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={props.isPending}>
          {props.isPending ? "Sparar …" : (props.submitLabel ?? "Spara och fortsätt")}
        </Button>
        {props.backHref ? (
          <Link href={props.backHref} className="text-brand-900 underline">
            Tillbaka
          </Link>
        ) : null}
      </div>
      <p aria-live="polite" className="mt-3 min-h-6 text-sm text-slate-700">
        {savedText}
      </p>
    </form>
  );
}
