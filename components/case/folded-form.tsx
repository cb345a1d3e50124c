import type { ReactNode } from "react";

/**
 * A case form used now and then, folded behind a native disclosure so the actions column stays short. The summary
 * is a real control (Enter or Space opens it); `open` starts it unfolded, for the suggested next step.
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
  return (
    <details open={open} className="mb-4">
      <summary className="cursor-pointer rounded py-2 text-lg font-semibold text-brand-900 underline">
        {summary}
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
