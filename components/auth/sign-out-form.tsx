"use client";

import { clearPersistedTexts } from "@/components/ui/persisted-fields";

/**
 * "Logga ut" also removes unsent notes and messages kept in this browser tab, before the server action runs,
 * so the next person at a shared computer finds none of them.
 */
export function SignOutForm({
  action,
  className = "text-brand-900 underline",
}: {
  action: (formData: FormData) => Promise<void>;
  className?: string;
}) {
  return (
    <form action={action} onSubmit={() => clearPersistedTexts()}>
      <button type="submit" className={className}>
        Logga ut
      </button>
    </form>
  );
}
