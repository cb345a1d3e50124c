"use client";

import { Fragment, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { get, type FieldValues, type Path, type PathValue, type UseFormReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { useNameLists } from "@/components/wizard/use-name-lists";
import type { IdentifierHit, IdentifierKind } from "@/lib/anonymise/detect-identifiers";
import {
  CONFIRMATION_LABEL,
  IDENTIFIER_HINTS,
  IDENTIFIER_KIND_NAMES,
  IDENTIFIER_KINDS,
  findingsIn,
  isBlockingIdentifier,
  isConfirmed,
  type TextFindings,
} from "@/lib/reports/identifier-findings";

/** Screen readers hear the findings once typing pauses, not on every keystroke. */
const ANNOUNCE_DELAY_MS = 1500;
/** More snippets of one kind than this are counted, not listed. */
const MAX_SNIPPETS = 5;

export interface FindingsConfirmation {
  /** The checkbox's element id: the form's id for `…identifierConfirmations.<field>`, which the error summary links to. */
  id: string;
  /** The field's name, posted with "ja" when the box is ticked and the form goes without JavaScript. */
  name?: string;
  confirmed: readonly IdentifierKind[] | undefined;
  onChange: (kinds: IdentifierKind[]) => void;
  error?: string;
  /** Checks the confirmation again, so an error about findings since removed goes. */
  revalidate?: () => void;
}

/**
 * The checkbox's wiring to a react-hook-form form: `name` is the field's confirmation, e.g.
 * "identifierConfirmations.description" or "measures.0.identifierConfirmations.description".
 */
export function confirmationFor<T extends FieldValues, O>(
  form: UseFormReturn<T, unknown, O>,
  name: Path<T>,
  id: string,
): FindingsConfirmation {
  const error = get(form.formState.errors, name) as { message?: string } | undefined;
  return {
    id,
    name,
    confirmed: form.watch(name) as IdentifierKind[] | undefined,
    onChange: (kinds) =>
      form.setValue(name, kinds as PathValue<T, Path<T>>, {
        shouldDirty: true,
        shouldValidate: form.formState.isSubmitted,
      }),
    error: error?.message,
    revalidate: () => void form.trigger(name),
  };
}

interface KindGroup {
  kind: IdentifierKind;
  snippets: string[];
  /** Every hit of the kind was only "possible". */
  isPossible: boolean;
}

function groupByKind(hits: readonly IdentifierHit[]): KindGroup[] {
  return IDENTIFIER_KINDS.flatMap((kind) => {
    const ofKind = hits.filter((hit) => hit.kind === kind);
    if (ofKind.length === 0) return [];
    return [
      {
        kind,
        snippets: [...new Set(ofKind.map((hit) => hit.match))],
        isPossible: ofKind.every((hit) => hit.confidence === "possible"),
      },
    ];
  });
}

function kindList(kinds: readonly IdentifierKind[]): string {
  const names = kinds.map((kind) => IDENTIFIER_KIND_NAMES[kind].toLowerCase());
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} och ${names.at(-1)}` : (names[0] ?? "");
}

/** The spoken summary for a field: "Beskriv händelsen: personnummer måste tas bort. Kontrollera namn." */
function spokenSummary(fieldLabel: string, findings: TextFindings): string {
  const parts = [
    findings.blockingKinds.length > 0 ? `${kindList(findings.blockingKinds)} måste tas bort.` : null,
    findings.confirmableKinds.length > 0 ? `Kontrollera ${kindList(findings.confirmableKinds)}.` : null,
  ].filter(Boolean);
  return parts.length > 0 ? `${fieldLabel}: ${parts.join(" ")}` : "";
}

/**
 * Below a free-text field: what the text seems to hold that can identify the individual, each kind named with the
 * snippets found and what to write instead. A personnummer or samordningsnummer must go (the step can't be saved,
 * and autosave leaves the text out); other findings need the field's box ticked. Findings are listed in text, not
 * only marked by colour, and announced politely once typing pauses. Names are found once the browser has loaded
 * the name lists (use-name-lists.ts).
 */
export function IdentifierFindings(props: Parameters<typeof Findings>[0]) {
  return (
    <Suspense fallback={null}>
      <Findings {...props} />
    </Suspense>
  );
}

function Findings({
  text,
  fieldLabel,
  confirmation,
  blockingNote = "Du kan inte gå vidare förrän numret är borttaget. Så länge det finns kvar sparas texten bara här på sidan, inte i utkastet.",
}: {
  text: string | undefined;
  /** The field's label, read before the spoken summary. */
  fieldLabel: string;
  /** The "I have checked" box; without it, findings other than personnummer are only pointed out. */
  confirmation?: FindingsConfirmation;
  /** Said when a personnummer or samordningsnummer is found: what the form does until it is removed. */
  blockingNote?: string;
}) {
  const hasNameLists = useNameLists(text ?? "");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the findings change when the name lists arrive
  const findings = useMemo(() => findingsIn(text ?? ""), [text, hasNameLists]);
  const groups = useMemo(() => groupByKind([...findings.blocking, ...findings.confirmable]), [findings]);
  const summary = spokenSummary(fieldLabel, findings);

  // What is there when the page opens is shown but not announced; changes are, after a pause.
  const [announcement, setAnnouncement] = useState("");
  const announced = useRef(summary);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (announced.current === summary) return;
      announced.current = summary;
      setAnnouncement(summary || `${fieldLabel}: inga uppgifter att kontrollera längre.`);
    }, ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [summary, fieldLabel]);

  // An error about the confirmation goes once what it was about has been removed from the text.
  const kindsKey = findings.confirmableKinds.join(",");
  const confirmationError = confirmation?.error;
  const revalidate = confirmation?.revalidate;
  useEffect(() => {
    if (confirmationError) revalidate?.();
    // Only when the findings change, not when the error itself appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kindsKey]);

  const hasBlocking = findings.blocking.length > 0;
  const hasConfirmable = findings.confirmable.length > 0;
  const isChecked = hasConfirmable && isConfirmed(findings.confirmableKinds, confirmation?.confirmed);
  const isStale = hasConfirmable && !isChecked && (confirmation?.confirmed?.length ?? 0) > 0;

  return (
    <>
      {groups.length > 0 ? (
        <div
          className={`mt-2 rounded border-2 p-3 text-sm ${hasBlocking ? "border-red-700 bg-red-50 text-red-950" : "border-amber-700 bg-amber-50 text-amber-950"}`}
        >
          <p className="font-semibold">Texten ser ut att innehålla uppgifter som kan identifiera personen:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {groups.map((group) => {
              const isBlocking = isBlockingIdentifier(group);
              const shown = group.snippets.slice(0, MAX_SNIPPETS);
              const more = group.snippets.length - shown.length;
              return (
                <li key={group.kind}>
                  <span className="font-semibold">
                    {isBlocking ? "Måste tas bort: " : ""}
                    {IDENTIFIER_KIND_NAMES[group.kind]}
                    {group.isPossible ? " (troligen)" : ""}
                  </span>{" "}
                  {shown.map((snippet, index) => (
                    <Fragment key={snippet}>
                      {index > 0 ? ", " : ""}
                      <mark className="rounded bg-yellow-200 px-0.5 text-slate-950">”{snippet}”</mark>
                    </Fragment>
                  ))}
                  {more > 0 ? ` och ${more} till` : ""}. {IDENTIFIER_HINTS[group.kind]}
                </li>
              );
            })}
          </ul>
          {hasBlocking ? <p className="mt-2 font-semibold">{blockingNote}</p> : null}
          {confirmation && hasConfirmable ? (
            <div className="mt-3">
              {/* Above the checkbox it is about, where the error summary's link lands. */}
              <FieldError id={`${confirmation.id}-error`} message={confirmation.error} />
              <div className="mt-1 flex items-start gap-3">
                <input
                  id={confirmation.id}
                  name={confirmation.name}
                  value="ja"
                  type="checkbox"
                  className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
                  checked={isChecked}
                  aria-invalid={confirmation.error ? true : undefined}
                  aria-describedby={
                    [
                      isStale ? `${confirmation.id}-ny` : null,
                      confirmation.error ? `${confirmation.id}-error` : null,
                    ]
                      .filter(Boolean)
                      .join(" ") || undefined
                  }
                  onChange={(event) =>
                    confirmation.onChange(event.target.checked ? findings.confirmableKinds : [])
                  }
                />
                <label htmlFor={confirmation.id} className="font-medium">
                  {CONFIRMATION_LABEL}
                </label>
              </div>
              {isStale ? (
                <p id={`${confirmation.id}-ny`} className="mt-1">
                  Nya uppgifter har tillkommit sedan du kryssade i rutan. Kontrollera dem och kryssa i igen.
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
      {confirmation && !hasConfirmable ? (
        <FieldError id={`${confirmation.id}-error`} message={confirmation.error} />
      ) : null}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
