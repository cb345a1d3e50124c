"use client";

import { useRouter } from "next/navigation";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZRestoreAnnualReportVersion } from "@/lib/annual-report/schemas";

/** Saves an older version again as the newest, then goes back to the editor, which shows it. */
export function RestoreVersionForm({
  year,
  versionId,
  baseVersionId,
  label,
  action,
}: {
  year: number;
  versionId: string;
  baseVersionId: string | null;
  /** "version 2 (1 dec. 2026 14:05)", for the explanation. */
  label: string;
  action: FormAction<{ versionId: string }>;
}) {
  const router = useRouter();
  const { onSubmit, summaryErrors, submitCount, status, formMessage, isPending } = useActionForm({
    schema: ZRestoreAnnualReportVersion,
    defaultValues: { year, versionId, baseVersionId: baseVersionId ?? "" },
    action,
    idPrefix: "aterstall",
    onSuccess: () => router.push(`/arbetsgrupp/arsrapport/${year}?aterstalld=1`),
  });
  return (
    <FormShell
      id="aterstall"
      onSubmit={onSubmit}
      summaryErrors={summaryErrors}
      submitCount={submitCount}
      status={status}
      formMessage={formMessage}
      isPending={isPending}
      title="Återställ den här versionen"
      intro={`Texten i ${label} sparas som en ny version. Den nuvarande texten finns kvar bland de sparade versionerna.`}
      submitLabel="Återställ versionen"
      pendingLabel="Återställer …"
    >
      {null}
    </FormShell>
  );
}
