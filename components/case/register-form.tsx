"use client";

import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZRegisterCase } from "@/lib/cases/schemas";

export function RegisterForm({
  reportId,
  diarienummer,
  isIncoming,
  action,
}: {
  reportId: string;
  diarienummer: string | null;
  isIncoming: boolean;
  action: FormAction;
}) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZRegisterCase,
    defaultValues: { reportId, diarienummer: diarienummer ?? "" },
    action,
    idPrefix: "registrera",
    persist: { key: `diarienummer:${reportId}`, fields: ["diarienummer"] },
    recordState: `${diarienummer ?? ""}:${isIncoming}`,
    // The saved number becomes the field's value, unless the coordinator is typing another one.
    onRecordStateChange: (f) =>
      f.reset({ reportId, diarienummer: diarienummer ?? "" }, { keepDirtyValues: true }),
  });
  return (
    <FormShell
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
        id={fieldId("diarienummer")}
        label="Diarienummer"
        required
        autoComplete="off"
        error={form.formState.errors.diarienummer?.message}
        {...form.register("diarienummer")}
      />
    </FormShell>
  );
}
