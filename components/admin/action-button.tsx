"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult, FormAction } from "@/lib/actions/action-result";

interface ActionButtonProps {
  action: FormAction;
  input: unknown;
  label: string;
  /** Asks before acting, e.g. before deactivating: the question and the confirming button's text. */
  confirm?: { question: string; confirmLabel: string };
  variant?: "primary" | "secondary";
}

/** A single admin operation behind one button (deactivate, reactivate), with an optional confirmation step. */
export function ActionButton({ action, input, label, confirm, variant = "secondary" }: ActionButtonProps) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const [isPending, startTransition] = useTransition();
  const question = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (isConfirming) question.current?.focus();
  }, [isConfirming]);

  const run = () =>
    startTransition(async () => {
      const outcome = await action(input).catch(() => null);
      setIsConfirming(false);
      // The action revalidates the page, which comes back with the new state.
      setResult(outcome ?? { ok: false, message: "Det gick inte att spara. Försök igen." });
    });

  return (
    <div className="my-3">
      {isConfirming && confirm ? (
        <div className="rounded border-2 border-brand-700 p-3">
          <p ref={question} tabIndex={-1} className="mb-3 font-semibold">
            {confirm.question}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button type="button" onClick={run} disabled={isPending}>
              {isPending ? "Sparar …" : confirm.confirmLabel}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setIsConfirming(false)}>
              Avbryt
            </Button>
          </div>
        </div>
      ) : (
        <Button
          type="button"
          variant={variant}
          disabled={isPending}
          onClick={() => (confirm ? setIsConfirming(true) : run())}
        >
          {isPending ? "Sparar …" : label}
        </Button>
      )}
      <div aria-live="polite">
        {result ? (
          <p className={`mt-2 font-medium ${result.ok ? "text-green-900" : "text-red-800"}`}>
            {result.message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
