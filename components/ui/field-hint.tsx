/** The hint under a field's label or legend, `${id}-hint` for its described-by; nothing without a hint. */
export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-sm text-slate-700">
      {hint}
    </p>
  ) : null;
}
