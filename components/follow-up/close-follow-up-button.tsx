"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { closeFollowUpAction } from "@/app/(public)/uppfoljning/actions";
import { Button } from "@/components/ui/button";

/** Forgets the follow-up code in this browser, e.g. on a shared computer, and goes back to the code form. */
export function CloseFollowUpButton() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <div className="no-print">
      <Button
        type="button"
        variant="secondary"
        disabled={isPending}
        onClick={() =>
          startTransition(async () => {
            setMessage(null);
            const isClosed = await closeFollowUpAction().then(
              () => true,
              () => false,
            );
            if (!isClosed)
              return setMessage("Det gick inte att logga ut. Kontrollera din uppkoppling och försök igen.");
            router.replace("/uppfoljning");
          })
        }
      >
        {isPending ? "Loggar ut …" : "Logga ut från uppföljningen"}
      </Button>
      <div aria-live="assertive">
        {message ? (
          <p role="alert" className="mt-3 rounded border-2 border-red-700 p-3 font-medium text-red-800">
            {message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
