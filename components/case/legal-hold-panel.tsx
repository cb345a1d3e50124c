"use client";

import { useEffect, useRef } from "react";
import { FormShell } from "@/components/ui/form-shell";
import { TextArea } from "@/components/ui/text-area";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { formatDate } from "@/lib/dates";
import { ZLiftLegalHold, ZSetLegalHold } from "@/lib/retention/schemas";

export interface LegalHoldActions {
  setLegalHold: FormAction;
  liftLegalHold: FormAction;
}

interface LegalHoldPanelProps {
  reportId: string;
  retentionYears: number;
  /** When the case was last closed (AVSLUTAD); null while it is open. */
  closedAt: Date | null;
  /** When its retention period ends; null while it is open. */
  erasureDate: Date | null;
  erasedAt: Date | null;
  hold: { reason: string; since: Date; by: string | null } | null;
  actions: LegalHoldActions;
}

function HoldReasonForm({
  reportId,
  reason,
  action,
}: {
  reportId: string;
  reason?: string;
  action: FormAction;
}) {
  const isChange = reason !== undefined;
  const { form, fieldId, ...state } = useActionForm({
    schema: ZSetLegalHold,
    defaultValues: { reportId, reason: reason ?? "" },
    action,
    idPrefix: "bevara",
    resetOnSuccess: !isChange,
  });
  return (
    <FormShell
      id="bevara"
      title={isChange ? "Ändra skälet" : "Spara ärendet av rättsligt skäl"}
      intro={
        isChange
          ? undefined
          : "Ange skälet när ärendet måste finnas kvar efter gallringstiden, till exempel för en pågående tillsyn, ett rättsligt förfarande eller en begäran om allmän handling. Skälet syns bara för samordnarna."
      }
      submitLabel={isChange ? "Spara skälet" : "Spara ärendet av rättsligt skäl"}
      {...state}
    >
      <TextArea
        id={fieldId("reason")}
        label="Rättsligt skäl att spara"
        required
        rows={3}
        error={form.formState.errors.reason?.message}
        {...form.register("reason")}
      />
    </FormShell>
  );
}

function LiftHoldForm({ reportId, action }: { reportId: string; action: FormAction }) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZLiftLegalHold,
    defaultValues: { reportId, reason: "" },
    action,
    idPrefix: "hav",
    resetOnSuccess: true,
  });
  return (
    <FormShell
      id="hav"
      title="Häv det rättsliga skälet"
      intro="När skälet inte gäller längre gallras ärendet som andra ärenden. Har gallringstiden redan passerat gallras det vid nästa körning. Det rättsliga skälet och varför det hävs sparas som en intern anteckning i ärendet."
      submitLabel="Häv skälet"
      {...state}
    >
      <TextArea
        id={fieldId("reason")}
        label="Varför gäller skälet inte längre?"
        required
        rows={3}
        error={form.formState.errors.reason?.message}
        {...form.register("reason")}
      />
    </FormShell>
  );
}

/**
 * Bevarandeprövning: when gallring will erase the case's original text, and a legal hold that stops it (set with a
 * reason, changed or lifted). An erased case only says so.
 */
export function LegalHoldPanel({
  reportId,
  retentionYears,
  closedAt,
  erasureDate,
  erasedAt,
  hold,
  actions,
}: LegalHoldPanelProps) {
  let status: string;
  if (erasedAt) {
    status = `Ärendet gallrades ${formatDate(erasedAt)}. Originaltexten, meddelandena, de interna anteckningarna och rapportörens kontaktuppgifter är raderade; den avidentifierade versionen och loggen finns kvar.`;
  } else if (hold) {
    status = `Ärendet sparas av rättsligt skäl sedan ${formatDate(hold.since)}${hold.by ? ` (${hold.by})` : ""} och gallras inte så länge skälet gäller.`;
    if (erasureDate)
      status += ` Utan skälet gallras det ${formatDate(erasureDate)}, eller vid nästa körning om den dagen har passerat.`;
  } else if (closedAt && erasureDate) {
    status = `Ärendet avslutades ${formatDate(closedAt)}. Originaltexten och kontaktuppgifterna gallras ${formatDate(erasureDate)}, ${retentionYears} år efter avslutet.`;
  } else {
    status = `Originaltexten och kontaktuppgifterna gallras ${retentionYears} år efter att ärendet avslutats.`;
  }
  // Setting or lifting the hold swaps the forms, and the focused button goes with them: the new status takes focus.
  const panel = useRef<HTMLElement>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const holdState = erasedAt ? "gallrat" : hold ? `sparas:${formatDate(hold.since)}` : "ingen";
  const seenHoldState = useRef(holdState);
  useEffect(() => {
    if (seenHoldState.current === holdState) return;
    seenHoldState.current = holdState;
    const active = document.activeElement;
    if (!active || active === document.body || panel.current?.contains(active)) statusLine.current?.focus();
  }, [holdState]);
  return (
    <section ref={panel} aria-labelledby="bevarande-rubrik" className="no-print mb-8">
      <h2 id="bevarande-rubrik" className="mb-4 text-2xl font-bold">
        Bevarandeprövning
      </h2>
      <p ref={statusLine} tabIndex={-1} className="mb-4">
        {status}
      </p>
      {hold && !erasedAt ? (
        <div className="mb-4 rounded border-2 border-brand-700 bg-brand-50 p-3">
          <p className="font-semibold">Rättsligt skäl att spara</p>
          <p className="whitespace-pre-line">{hold.reason}</p>
        </div>
      ) : null}
      {erasedAt ? null : hold ? (
        <>
          <HoldReasonForm reportId={reportId} reason={hold.reason} action={actions.setLegalHold} />
          <LiftHoldForm reportId={reportId} action={actions.liftLegalHold} />
        </>
      ) : (
        <HoldReasonForm reportId={reportId} action={actions.setLegalHold} />
      )}
    </section>
  );
}
