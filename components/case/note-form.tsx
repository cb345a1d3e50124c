"use client";

import { CaseTextForm } from "@/components/case/case-text-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZAddNote } from "@/lib/cases/schemas";

export function NoteForm({ reportId, action }: { reportId: string; action: FormAction }) {
  return (
    <CaseTextForm
      id="anteckning"
      reportId={reportId}
      title="Intern anteckning"
      label="Anteckning"
      hint="Syns bara för samordnarna, aldrig för rapportören eller arbetsgruppen. Det du skriver sparas i webbläsaren tills du sparar."
      submitLabel="Spara anteckning"
      schema={ZAddNote}
      action={action}
    />
  );
}
