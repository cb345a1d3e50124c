import type { WorkbenchFinding } from "@/lib/anonymised-cases/redaction-edits";

/**
 * The text with its findings highlighted, for the eye: open findings marked, dismissed ones underlined. Screen
 * readers get the same findings, with their context, from the list below it, and the text itself from the field.
 */
export function MarkedText({ text, findings }: { text: string; findings: readonly WorkbenchFinding[] }) {
  const parts: React.ReactNode[] = [];
  let position = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < position) continue;
    parts.push(text.slice(position, finding.start));
    parts.push(
      finding.isDismissed ? (
        <span key={finding.id} className="underline decoration-slate-600 decoration-dotted">
          {finding.match}
        </span>
      ) : (
        <mark key={finding.id} className="rounded bg-amber-200 px-0.5 text-slate-950">
          {finding.match}
        </mark>
      ),
    );
    position = finding.end;
  }
  parts.push(text.slice(position));
  return (
    <div
      aria-hidden="true"
      className="mb-3 max-h-64 overflow-y-auto whitespace-pre-wrap break-words rounded border border-slate-300 bg-slate-50 p-2"
    >
      {text ? parts : <span className="text-slate-700">(tom)</span>}
    </div>
  );
}
