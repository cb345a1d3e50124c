"use client";

import { useEffect, useRef } from "react";

const JUST_COMPLETED_MS = 15_000;

/**
 * Replaces the conclusion form once a loggkontroll is done. Right after completing, the form that held focus is
 * gone, so this notice takes focus and is announced; on a later visit it is plain text.
 */
export function ReviewCompletedNotice({ completedAt }: { completedAt: string }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // Completed moments ago means completed from this page, not a later visit.
    if (Date.now() - new Date(completedAt).getTime() < JUST_COMPLETED_MS) notice.current?.focus();
  }, [completedAt]);
  return (
    <p ref={notice} tabIndex={-1} role="status" className="mb-3 font-medium text-green-800">
      Loggkontrollen är avslutad och slutsatsen sparad.
    </p>
  );
}
