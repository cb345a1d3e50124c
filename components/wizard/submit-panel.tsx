"use client";

import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { PrintButton } from "@/components/ui/print-button";
import { SentReceipt } from "@/components/wizard/sent-receipt";
import { WhatHappensNext } from "@/components/wizard/what-happens-next";
import type { FormAction } from "@/lib/actions/action-result";
import type { Receipt, SubmitFormState } from "@/lib/reports/step-form-fields";

/** The review before the submit: the answers and whether they can be sent. */
interface Review {
  /** Heading and guidance shown before submitting; the receipt replaces them. */
  intro: ReactNode;
  /** The answers with "Ändra" links, for review. */
  summary: ReactNode;
  /** The same answers without "Ändra" links, as the copy on the receipt. */
  receiptSummary: ReactNode;
  canSubmit: boolean;
}

/**
 * Review with a submit button; after submit, the receipt with the follow-up code, shown this once. The submit ends
 * the draft session, so the page renders again with `sent` in place of `review`: the panel keeps its receipt (and
 * the copy of the answers) in its own state, and shows the receipt without a code only when it has none (a reload).
 * Without JavaScript the button posts the form to `formAction`, and the page comes back with the receipt and its
 * code, but no copy: the draft holding the answers was emptied by the submit.
 */
export function SubmitPanel({
  review,
  sent,
  coordinators,
  action,
  formAction,
}: ({ review: Review; sent?: undefined } | { review?: undefined; sent: { reference: string | null } }) & {
  coordinators: string;
  /** Submits the draft in this browser; a repeat gets the same reference back, without a code. */
  action: FormAction<Receipt>;
  /** The same submit as a plain form post, for a browser without JavaScript. */
  formAction: (state: SubmitFormState, formData: FormData) => Promise<SubmitFormState>;
}) {
  const [posted, postForm] = useActionState<SubmitFormState, FormData>(formAction, {});
  const [submitted, setReceipt] = useState<(Receipt & { copy: ReactNode }) | null>(null);
  const receipt = submitted ?? (posted.receipt ? { ...posted.receipt, copy: null } : null);
  const [failure, setMessage] = useState<string | null>(null);
  const message = failure ?? posted.message ?? null;
  const [isPending, startTransition] = useTransition();
  const heading = useRef<HTMLHeadingElement>(null);

  const shownCode = receipt?.followUpCode;
  useEffect(() => {
    if (shownCode) heading.current?.focus();
  }, [shownCode]);

  if (receipt && !receipt.followUpCode) {
    return <SentReceipt reference={receipt.reference} coordinators={coordinators} isRepeat />;
  }

  if (receipt) {
    return (
      <div>
        <h1 ref={heading} tabIndex={-1} className="mb-4 text-3xl font-bold">
          Tack! Din rapport har kommit in
        </h1>
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
            <dt className="font-semibold">Uppföljningskod</dt>
            <dd className="font-mono text-lg tracking-wider" data-testid="follow-up-code">
              {receipt.followUpCode}
            </dd>
          </dl>
          <p className="mt-3">
            <strong>Spara uppföljningskoden nu.</strong> Den visas bara den här gången. Med koden kan du på
            sidan ”Följ upp din rapport” se status och återkoppling och svara på frågor. Tappar du koden når
            samordnarna dig ändå via dina kontaktuppgifter.
          </p>
        </section>
        <WhatHappensNext coordinators={coordinators} />
        <div className="no-print mb-8">
          <PrintButton label="Skriv ut kvittot eller spara som PDF" />
        </div>
        {receipt.copy ? (
          <>
            <h2 className="mb-4 text-xl font-semibold">Kopia av det du skickade in</h2>
            {receipt.copy}
          </>
        ) : null}
      </div>
    );
  }

  if (!review) return <SentReceipt reference={sent.reference} coordinators={coordinators} />;

  return (
    <div>
      {review.intro}
      {review.summary}
      <div aria-live="assertive">
        {message ? (
          <p role="alert" className="mb-4 rounded border-2 border-red-700 p-3 font-medium text-red-800">
            {message}
          </p>
        ) : null}
      </div>
      {review.canSubmit ? (
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
              // Only the first submit's copy is known to be what was sent; a repeat shows no copy.
              setReceipt({ ...result.data, copy: review.receiptSummary });
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
