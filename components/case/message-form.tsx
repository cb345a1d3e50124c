"use client";

import { CaseTextForm } from "@/components/case/case-text-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZSendMessage } from "@/lib/cases/schemas";

export function MessageForm({ reportId, action }: { reportId: string; action: FormAction }) {
  return (
    <CaseTextForm
      id="meddelande"
      reportId={reportId}
      title="Återkoppling eller fråga till rapportören"
      label="Meddelande"
      hint="Rapportören läser det med sin uppföljningskod och kan svara. Får rapportören e-post innehåller den bara en länk, aldrig texten."
      submitLabel="Skicka till rapportören"
      schema={ZSendMessage}
      action={action}
    />
  );
}
