"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * ← and → move to the previous and next brist in the meeting mode, unless focus is in a field (where the arrows
 * move the caret) or a modifier is held. The links on the page do the same by Tab and Enter.
 */
export function MeetingKeys({ previousHref, nextHref }: { previousHref?: string; nextHref?: string }) {
  const router = useRouter();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true'], [role='alertdialog']")) return;
      const href =
        event.key === "ArrowLeft" ? previousHref : event.key === "ArrowRight" ? nextHref : undefined;
      if (!href) return;
      event.preventDefault();
      router.push(href);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [router, previousHref, nextHref]);
  return null;
}
