"use client";

import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { PrintButton } from "@/components/ui/print-button";
import { WhatHappensNext } from "@/components/wizard/what-happens-next";
import type { FormAction } from "@/lib/actions/action-result";
import type { Receipt, SubmitFormState } from "@/lib/reports/step-form-fields";

/** Review with a submit button; after submit, the receipt with the follow-up code, shown this once. */
export function SubmitPanel({
  intro,
  summary,
  receiptSummary,
  canSubmit,
  coordinators,
  action,
  formAction,
  sent,
}: {
  /** Heading and guidance shown before submitting; the receipt replaces them. */
  intro: ReactNode;
  /** The answers with "Ändra" links, for review. */
  summary: ReactNode;
  /** The same answers without "Ändra" links, as the copy on the receipt. */
  receiptSummary: ReactNode;
  canSubmit: boolean;
  coordinators: string;
  /** Submits the draft in this browser; a repeat gets the same reference back, without a code. */
  action: FormAction<Receipt>;
  /** The same submit as a plain form post, for a browser without JavaScript; the page comes back with the receipt. */
  formAction: (state: SubmitFormState, formData: FormData) => Promise<SubmitFormState>;
  /** Shown instead when the report was sent before this page opened: the receipt without the code. */
  sent?: ReactNode;
}) {
  const [posted, postForm] = useActionState(formAction, {});
  const [submitted, setReceipt] = useState<Receipt | null>(null);
  const [failure, setMessage] = useState<string | null>(null);
  const receipt = submitted ?? posted.receipt ?? null;
  const message = failure ?? posted.message ?? null;
  const [isPending, startTransition] = useTransition();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (receipt) heading.current?.focus();
  }, [receipt]);

  if (receipt) {
    return (
      <div>
        <h1 ref={heading} tabIndex={-1} className="mb-4 text-3xl font-bold">
          Tack! Din rapport har kommit in
        </h1>
        {receipt.wasAlreadySubmitted ? (
          <p className="mb-4 rounded border-2 border-amber-700 bg-amber-50 p-3">
            Rapporten var redan inskickad, så ingen ny rapport har skapats. Uppföljningskoden visades när du
            skickade in första gången och visas inte igen. Tappar du koden når samordnarna dig ändå via dina
            kontaktuppgifter.
          </p>
        ) : null}
        <section
          aria-labelledby="kvitto-rubrik"
          className="mb-6 rounded border-2 border-green-800 bg-green-50 p-5"
        >
          <h2 id="kvitto-rubrik" className="text-xl font-semibold">
            Kvitto
          </h2>
          <dl className="mt-3 grid gap-2 sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">Referensnummer</dt>
            <dd className="font-mono text-lg" data-testid="reference">
              {receipt.reference}
            </dd>
            {receipt.followUpCode ? (
              <>
                <dt className="font-semibold">Uppföljningskod</dt>
                <dd className="font-mono text-lg tracking-wider" data-testid="follow-up-code">
                  {receipt.followUpCode}
                </dd>
              </>
            ) : null}
          </dl>
          {receipt.followUpCode ? (
            <p className="mt-3">
              <strong>Spara uppföljningskoden nu.</strong> Den visas bara den här gången. Med koden kan du på
              sidan ”Följ upp din rapport” se status och återkoppling och svara på frågor. Tappar du koden når
              samordnarna dig ändå via dina kontaktuppgifter.
            </p>
          ) : null}
        </section>
        <WhatHappensNext coordinators={coordinators} />
        <div className="no-print mb-8">
          <PrintButton label="Skriv ut kvittot eller spara som PDF" />
        </div>
        {/* A submit posted without JavaScript comes back to a page whose draft is already emptied: no copy there. */}
        {receiptSummary ? (
          <>
            <h2 className="mb-4 text-xl font-semibold">Kopia av det du skickade in</h2>
            {receiptSummary}
          </>
        ) : null}
      </div>
    );
  }

  if (sent) return sent;

  return (
    <div>
      {intro}
      {summary}
      <div aria-live="assertive">
        {message ? (
          <p role="alert" className="mb-4 rounded border-2 border-red-700 p-3 font-medium text-red-800">
            {message}
          </p>
        ) : null}
      </div>
      {canSubmit ? (
        // Without JavaScript the form posts to formAction; with it, the submit runs here and the page stays.
        <form
          action={postForm}
          onSubmit={(event) => {
            event.preventDefault();
            startTransition(async () => {
              setMessage(null);
              const result = await action({}).catch(() => null);
              if (!result)
                return setMessage("Vi fick inget svar. Försök igen; rapporten skickas bara in en gång.");
              if (!result.ok) return setMessage(result.message);
              setReceipt(result.data);
            });
          }}
        >
          <Button type="submit" disabled={isPending}>
            {isPending ? "Skickar …" : "Skicka in rapporten"}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
