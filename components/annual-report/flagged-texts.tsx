import type { FlaggedText } from "@/lib/annual-report/flagged-text";
import { IDENTIFIER_KIND_NAMES } from "@/lib/reports/identifier-findings";

/** After a save: the texts the server's full check thinks may identify someone, to look at again. */
export function FlaggedTexts({ flagged }: { flagged: readonly FlaggedText[] }) {
  if (flagged.length === 0) return null;
  return (
    <div className="mt-2 mb-6 max-w-prose rounded border-2 border-amber-700 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">
        Texten är sparad, men kontrollen hittade uppgifter som kan identifiera någon. Läs dem igen och ta bort
        det som inte behövs:
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {flagged.map((item) => (
          <li key={item.section}>
            <span className="font-semibold">{item.section}:</span>{" "}
            {item.kinds.map((kind) => IDENTIFIER_KIND_NAMES[kind].toLowerCase()).join(", ")} (
            {item.matches.map((match) => `”${match}”`).join(", ")})
          </li>
        ))}
      </ul>
    </div>
  );
}
