"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A case form used now and then, folded behind a native disclosure so the actions column stays short. The summary
 * is a real control (Enter or Space opens it). `open` unfolds it for the suggested next step; it is never folded
 * by the page, so a form's "saved" message stays in view when the next step moves on.
 */
export function FoldedForm({
  summary,
  open,
  children,
}: {
  summary: string;
  open?: boolean;
  children: ReactNode;
}) {
  // The first value only: React would otherwise close the disclosure when `open` turns false.
  const [initiallyOpen] = useState(!!open);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (open && details.current) details.current.open = true;
  }, [open]);
  return (
    <details ref={details} open={initiallyOpen} className="mb-4">
      <summary className="cursor-pointer rounded py-2 text-lg font-semibold text-brand-900 underline">
        {summary}
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
