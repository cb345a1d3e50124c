"use client";

import { addCaseNoteAction } from "@/app/(staff)/inkorg/[id]/actions";
import { CaseTextForm } from "@/components/case/case-text-form";
import { ZAddNote } from "@/lib/cases/schemas";

export function NoteForm({ reportId }: { reportId: string }) {
  return (
    <CaseTextForm
      id="anteckning"
      reportId={reportId}
      title="Intern anteckning"
      label="Anteckning"
      hint="Syns bara för samordnarna, aldrig för rapportören eller arbetsgruppen. Det du skriver sparas i webbläsaren tills du sparar."
      submitLabel="Spara anteckning"
      schema={ZAddNote}
      action={addCaseNoteAction}
    />
  );
}
