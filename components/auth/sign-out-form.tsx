"use client";

import { signOutAction } from "@/app/(staff)/actions";
import { clearPersistedTexts } from "@/components/ui/use-persisted-text";

/**
 * "Logga ut" also removes unsent notes and messages kept in this browser tab, before the server action runs,
 * so the next person at a shared computer finds none of them.
 */
export function SignOutForm() {
  return (
    <form action={signOutAction} onSubmit={() => clearPersistedTexts()}>
      <button type="submit" className="text-brand-900 underline">
        Logga ut
      </button>
    </form>
  );
}
