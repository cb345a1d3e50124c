"use client";

import { useId, useState } from "react";

/**
 * On a phone the filters fold away behind one button that says how many are active; from the md breakpoint up
 * they are always shown and the button is gone.
 */
export function FilterPanel({ activeCount, children }: { activeCount: number; children: React.ReactNode }) {
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="no-print mb-6">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
        className="mb-3 inline-flex items-center gap-2 rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-900 md:hidden"
      >
        Filtrera
        {activeCount > 0 ? <span>({activeCount} aktiva)</span> : null}
      </button>
      <div id={panelId} className={isOpen ? "block" : "hidden md:block"}>
        {children}
      </div>
    </div>
  );
}
