import { FieldError } from "@/components/ui/field-error";
import { FieldHint } from "@/components/ui/field-hint";

interface FieldsetIntroProps {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  /** Say "(frivilligt)" after the legend. */
  isOptional?: boolean;
}

/** A fieldset's legend, hint and error, with the ids `fieldDescribedBy` names; the fields follow it. */
export function FieldsetIntro({ id, legend, hint, error, isOptional }: FieldsetIntroProps) {
  return (
    <>
      <legend className="font-semibold">
        {legend}
        {isOptional ? <span className="font-normal text-slate-700"> (frivilligt)</span> : null}
      </legend>
      <FieldHint id={id} hint={hint} />
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}
