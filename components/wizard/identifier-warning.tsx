"use client";

import { useNameLists } from "@/components/wizard/use-name-lists";
import { detectIdentifiers, IDENTIFIER_LABELS } from "@/lib/anonymise/detect-identifiers";

/** Warns while typing when the text looks like it names or otherwise identifies the individual. */
export function IdentifierWarning({ text }: { text: string }) {
  // Renders again once the name lists are loaded; the warning starts empty, so hydration needs no wait.
  useNameLists("");
  const hits = detectIdentifiers(text ?? "");
  const kinds = [...new Set(hits.map((hit) => hit.kind))];
  return (
    <div aria-live="polite">
      {kinds.length > 0 ? (
        <p className="mt-2 rounded border-2 border-amber-700 bg-amber-50 p-3 text-sm text-amber-950">
          <strong>Kontrollera texten:</strong> den ser ut att innehålla{" "}
          {kinds.map((kind) => IDENTIFIER_LABELS[kind]).join(", ")} (
          {hits.map((h) => `”${h.match}”`).join(", ")}). Skriv inte uppgifter som kan identifiera den
          enskilde. Skriv till exempel ”en vuxen man” i stället för ett namn.
        </p>
      ) : null}
    </div>
  );
}
