import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FieldHint } from "@/components/ui/field-hint";

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Extra help below the field; its id is `${id}-after`. */
  after?: ReactNode;
  /** Say "(frivilligt)" after the label. */
  isOptional: boolean;
  children: ReactNode;
}

/** The ids that announce a field's hint, error and extra help with it, in that order; undefined for none. */
export function fieldDescribedBy(
  id: string,
  hint?: string,
  error?: string,
  after?: ReactNode,
): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, after ? `${id}-after` : null];
  return ids.filter(Boolean).join(" ") || undefined;
}

/** The label, hint, error and extra help around one field, with the ids `fieldDescribedBy` names. */
export function FieldFrame({ id, label, hint, error, after, isOptional, children }: FieldFrameProps) {
  return (
    <div className="mb-5">
      <label htmlFor={id} className="block font-semibold">
        {label}
        {isOptional ? <span className="font-normal text-slate-700"> (frivilligt)</span> : null}
      </label>
      <FieldHint id={id} hint={hint} />
      {children}
      <FieldError id={`${id}-error`} message={error} />
      {after ? <div id={`${id}-after`}>{after}</div> : null}
    </div>
  );
}
