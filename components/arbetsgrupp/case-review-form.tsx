"use client";

import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormShell } from "@/components/ui/form-shell";
import { TextArea } from "@/components/ui/text-area";
import { useActionForm } from "@/components/ui/use-action-form";
import { IdentifierFindings, confirmationFor } from "@/components/wizard/identifier-findings";
import type { FormAction } from "@/lib/actions/action-result";
import type { IdentifierKind } from "@/lib/anonymise/detect-identifiers";
import { COMMENT_MAX, ZSaveCaseReview } from "@/lib/reviews/schemas";

export interface CaseReviewFormProps {
  reportId: string;
  year: number;
  version: string;
  isReviewed: boolean;
  categoryIds: string[];
  comment: string;
  /** What the server finds in the saved comment, which was confirmed when it was saved. */
  commentConfirmedKinds: IdentifierKind[];
  isReportExample: boolean;
  isFocusCase: boolean;
  categoryOptions: { value: string; label: string }[];
  action: FormAction<{ version: string }>;
}

/**
 * The arbetsgrupp's analysis of one brist: the root causes from the year's categories (the coordinators' ticked
 * until the group saves its own), a short comment checked for identifying details as it is typed, and whether the
 * brist is an example in the annual report or belongs to the year's focus area.
 */
export function CaseReviewForm(props: CaseReviewFormProps) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZSaveCaseReview,
    defaultValues: {
      reportId: props.reportId,
      version: props.version,
      categoryIds: props.categoryIds,
      comment: props.comment,
      identifierConfirmations: props.commentConfirmedKinds,
      isReportExample: props.isReportExample,
      isFocusCase: props.isFocusCase,
    },
    action: props.action,
    idPrefix: "analys",
    persist: { key: `analys:${props.reportId}`, fields: ["comment"] },
    recordState: props.version,
    onSuccess: (data, saved) => saved.setValue("version", data.version),
  });
  const { register, formState, watch } = form;
  const e = formState.errors;
  const comment = (watch("comment") as string | undefined) ?? "";
  return (
    <FormShell
      id="analys"
      submitLabel={props.isReviewed ? "Spara ändringarna i analysen" : "Spara analysen"}
      {...state}
    >
      {props.categoryOptions.length > 0 ? (
        <ChoiceGroup
          id={fieldId("categoryIds")}
          legend={`Bakomliggande orsaker (kategorier ${props.year})`}
          hint={
            props.isReviewed
              ? "Välj en eller flera. En brist kan ha flera orsaker."
              : "Välj en eller flera. Samordnarnas kategorier är förvalda tills arbetsgruppen har sparat sin analys."
          }
          type="checkbox"
          options={props.categoryOptions}
          error={e.categoryIds?.message}
          inputProps={register("categoryIds")}
        />
      ) : (
        <p className="mb-5 rounded border border-slate-400 p-3">
          Det finns inga kategorier för {props.year}. En administratör kan lägga till årets kategorier.
        </p>
      )}
      <TextArea
        id={fieldId("comment")}
        label="Arbetsgruppens kommentar"
        hint={`Kort om de bakomliggande orsakerna, högst ${COMMENT_MAX} tecken. Skriv inga uppgifter som kan identifiera den enskilde eller personal.`}
        rows={5}
        error={e.comment?.message}
        after={
          <>
            <p className="mt-1 text-sm text-slate-700">
              {comment.length} av {COMMENT_MAX} tecken
            </p>
            <IdentifierFindings
              text={comment}
              fieldLabel="Arbetsgruppens kommentar"
              confirmation={confirmationFor(
                form,
                "identifierConfirmations",
                fieldId("identifierConfirmations"),
              )}
              blockingNote="Analysen kan inte sparas förrän numret är borttaget."
            />
          </>
        }
        {...register("comment")}
      />
      <fieldset className="mb-2">
        <legend className="font-semibold">Till årsrapporten</legend>
        <div className="mt-2 space-y-2">
          <div className="flex items-start gap-2">
            <input
              id={fieldId("isReportExample")}
              type="checkbox"
              className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
              {...register("isReportExample")}
            />
            <label htmlFor={fieldId("isReportExample")}>Exempel i årsrapporten</label>
          </div>
          <div className="flex items-start gap-2">
            <input
              id={fieldId("isFocusCase")}
              type="checkbox"
              className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
              {...register("isFocusCase")}
            />
            <label htmlFor={fieldId("isFocusCase")}>Hör till årets fokusområde</label>
          </div>
        </div>
      </fieldset>
    </FormShell>
  );
}
