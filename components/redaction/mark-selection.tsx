"use client";

import { useRef, useState, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { MARK_CHOICES, ownPlaceholder } from "@/lib/anonymised-cases/placeholders";

const OWN = "egen";

interface MarkSelectionProps {
  idBase: string;
  textarea: RefObject<HTMLTextAreaElement | null>;
  onMark: (start: number, end: number, placeholder: string) => void;
  onProblem: (message: string) => void;
}

/**
 * Marks what the detector missed: the text selected in the field (by mouse, or Shift and the arrow keys) is
 * replaced by the chosen placeholder or a label of the coordinator's own. A field keeps its selection when focus
 * moves on to these controls.
 */
export function MarkSelection({ idBase, textarea, onMark, onProblem }: MarkSelectionProps) {
  const [choice, setChoice] = useState(MARK_CHOICES[0]!);
  const [own, setOwn] = useState("");
  const [ownError, setOwnError] = useState("");
  const ownField = useRef<HTMLInputElement>(null);
  const mark = () => {
    const field = textarea.current;
    if (!field || field.selectionStart === field.selectionEnd) {
      onProblem(
        "Markera först den text som ska ersättas i textrutan, till exempel med Skift och piltangenterna.",
      );
      return;
    }
    const placeholder = choice === OWN ? ownPlaceholder(own) : choice;
    if (!placeholder) {
      // The field says what is wrong; the status line would otherwise still hold an earlier message.
      onProblem("");
      setOwnError("Skriv en etikett med bokstäver eller siffror, högst 40 tecken, till exempel boende.");
      ownField.current?.focus();
      return;
    }
    setOwnError("");
    onMark(field.selectionStart, field.selectionEnd, placeholder);
  };
  return (
    <div className="mt-2 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor={`${idBase}-ersatt`} className="block text-sm font-semibold">
          Ersätt markerad text med
        </label>
        <select
          id={`${idBase}-ersatt`}
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          className="mt-1 block rounded border-2 border-slate-600 bg-white px-3 py-2"
        >
          {MARK_CHOICES.map((placeholder) => (
            <option key={placeholder} value={placeholder}>
              {placeholder}
            </option>
          ))}
          <option value={OWN}>Egen etikett …</option>
        </select>
      </div>
      {choice === OWN ? (
        <div>
          <label htmlFor={`${idBase}-etikett`} className="block text-sm font-semibold">
            Egen etikett
          </label>
          {ownError ? (
            <p id={`${idBase}-etikett-fel`} className="max-w-xs text-sm font-medium text-red-800">
              <span aria-hidden="true">⚠ </span>
              {ownError}
            </p>
          ) : null}
          <input
            ref={ownField}
            id={`${idBase}-etikett`}
            value={own}
            onChange={(event) => setOwn(event.target.value)}
            aria-invalid={ownError ? true : undefined}
            aria-describedby={ownError ? `${idBase}-etikett-fel` : undefined}
            className={`mt-1 block max-w-full rounded border-2 px-3 py-2 ${ownError ? "border-red-700" : "border-slate-600"}`}
          />
        </div>
      ) : null}
      <Button type="button" variant="secondary" onClick={mark}>
        Markera markerad text
      </Button>
    </div>
  );
}
