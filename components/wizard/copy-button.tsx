"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        onClick={async () => {
          await navigator.clipboard.writeText(text).catch(() => undefined);
          setCopied(true);
        }}
      >
        {label}
      </Button>
      <span aria-live="polite" className="ml-3 text-sm">
        {copied ? "Kopierad." : ""}
      </span>
    </>
  );
}
