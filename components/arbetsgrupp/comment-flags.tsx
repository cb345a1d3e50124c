import { IDENTIFIER_HINTS, IDENTIFIER_KIND_NAMES } from "@/lib/reports/identifier-findings";
import type { CommentFlag } from "@/lib/reviews/comment-findings";

/**
 * What the server's fuller check finds in the saved comment beyond what was shown while typing: pointed out, for the
 * group to judge and rewrite.
 */
export function CommentFlags({ flags }: { flags: CommentFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <div className="mb-6 rounded border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">
      <p className="font-semibold">
        Kontrollera den sparade kommentaren. Den kan innehålla fler uppgifter som identifierar någon:
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {flags.map((flag) => (
          <li key={flag.kind}>
            <span className="font-semibold">
              {IDENTIFIER_KIND_NAMES[flag.kind]}
              {flag.isPossible ? " (troligen)" : ""}
            </span>{" "}
            {flag.snippets.map((snippet) => `”${snippet}”`).join(", ")}. {IDENTIFIER_HINTS[flag.kind]}
          </li>
        ))}
      </ul>
    </div>
  );
}
