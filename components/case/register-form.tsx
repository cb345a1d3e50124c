"use client";

import { registerCaseAction } from "@/app/(staff)/inkorg/[id]/actions";
import { CaseFormShell } from "@/components/case/case-form-shell";
import { useCaseForm } from "@/components/case/use-case-form";
import { TextField } from "@/components/ui/text-field";
import { ZRegisterCase } from "@/lib/cases/schemas";

export function RegisterForm({
  reportId,
  diarienummer,
  isIncoming,
}: {
  reportId: string;
  diarienummer: string | null;
  isIncoming: boolean;
}) {
  const { form, idFor, ...state } = useCaseForm({
    schema: ZRegisterCase,
    defaultValues: { reportId, diarienummer: diarienummer ?? "" },
    action: registerCaseAction,
    idPrefix: "registrera",
    persist: { key: `diarienummer:${reportId}`, fields: ["diarienummer"] },
    caseState: `${diarienummer ?? ""}:${isIncoming}`,
    // The saved number becomes the field's value, unless the coordinator is typing another one.
    onCaseStateChange: (f) =>
      f.reset({ reportId, diarienummer: diarienummer ?? "" }, { keepDirtyValues: true }),
  });
  return (
    <CaseFormShell
      id="registrera"
      title="Diarienummer"
      intro={
        isIncoming
          ? "Ärendet blir registrerat när du sparar diarienumret från kommunens diarium."
          : "Numret ärendet fått i kommunens diarium, vid sidan av tjänstens eget referensnummer."
      }
      submitLabel={isIncoming ? "Registrera ärendet" : "Spara diarienummer"}
      {...state}
    >
      <TextField
        id={idFor("diarienummer")}
        label="Diarienummer"
        required
        autoComplete="off"
        error={form.formState.errors.diarienummer?.message}
        {...form.register("diarienummer")}
      />
    </CaseFormShell>
  );
}
