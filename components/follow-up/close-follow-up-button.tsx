"use client";

import { useRouter } from "next/navigation";
import * as z from "zod";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";

const NOTHING = z.object({});

/** Forgets the follow-up code in this browser, e.g. on a shared computer, and goes back to the code form. */
export function CloseFollowUpButton({ action }: { action: FormAction }) {
  const router = useRouter();
  const state = useActionForm({
    schema: NOTHING,
    defaultValues: {},
    // Without an answer the cookie may still be there, so the user is told to try again.
    action: (values) =>
      action(values).catch(() => ({
        ok: false as const,
        message: "Det gick inte att logga ut: vi fick inget svar från tjänsten. Försök igen om en stund.",
      })),
    onSuccess: () => router.replace("/uppfoljning"),
  });
  return (
    <div className="no-print">
      <FormShell
        {...state}
        id="logga-ut"
        submitLabel="Logga ut från uppföljningen"
        pendingLabel="Loggar ut …"
      >
        {null}
      </FormShell>
    </div>
  );
}
