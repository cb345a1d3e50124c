"use client";

import { FieldError } from "@/components/ui/field-error";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { ZInstanceLogoForm, ZRemoveInstanceLogo } from "@/lib/settings/schemas";

/** The base64 of a chosen file, without the data URL's prefix. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * The host organisation's logo for the public header: upload a PNG (at most 200 kB) or remove it. PNG only, as a
 * PNG can't carry script; the name stays the logo's text alternative.
 */
export function InstanceLogoForm({
  logoSrc,
  hostOrganisation,
  actions,
}: {
  logoSrc: string | null;
  hostOrganisation: string;
  actions: { upload: FormAction; remove: FormAction };
}) {
  const { form, fieldId, ...state } = useActionForm({
    schema: ZInstanceLogoForm,
    defaultValues: { png: "" },
    action: actions.upload,
    idPrefix: "logotyp",
    resetOnSuccess: true,
  });
  const removal = useActionForm({
    schema: ZRemoveInstanceLogo,
    defaultValues: {},
    action: actions.remove,
    idPrefix: "logotyp-bort",
  });
  const inputId = fieldId("png");
  const error = form.formState.errors.png?.message;
  return (
    <div className="max-w-2xl">
      {logoSrc ? (
        <div className="mb-4">
          <p className="mb-2 font-semibold">Nuvarande logotyp</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- served by our own route, already small */}
          <img src={logoSrc} alt={hostOrganisation} className="h-12 w-auto rounded bg-brand-900 p-1" />
        </div>
      ) : (
        <p className="mb-4">Ingen logotyp: sidhuvudet visar värdorganisationens namn som text.</p>
      )}
      <FormShell id="logotyp" {...state} submitLabel="Spara logotypen">
        <label htmlFor={inputId} className="block font-semibold">
          Logotyp (PNG, högst 200 kB)
        </label>
        <p id={`${inputId}-hint`} className="text-sm text-slate-700">
          Visas i sidhuvudet med värdorganisationens namn som alternativtext. Välj en bild som syns på mörk
          bakgrund eller har egen bakgrund.
        </p>
        <input
          id={inputId}
          type="file"
          accept="image/png"
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
          aria-invalid={error ? true : undefined}
          // A file input is about 250 px wide by itself: let it shrink with a narrow column.
          className="mt-2 block w-full max-w-full"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            const png = file ? await readBase64(file) : "";
            form.setValue("png", png, { shouldValidate: true, shouldDirty: true });
          }}
        />
        <FieldError id={`${inputId}-error`} message={error} />
      </FormShell>
      {logoSrc ? (
        // The removal's status is shown below instead: this form is gone once the logo is.
        <FormShell id="logotyp-bort" {...removal} submitLabel="Ta bort logotypen" statusLine={<></>}>
          <p className="mt-6">
            Tar du bort logotypen visar sidhuvudet värdorganisationens namn som text igen.
          </p>
        </FormShell>
      ) : null}
      <p role="status" className="mt-3 min-h-6 font-medium text-green-800">
        {removal.status ? (
          <>
            <span aria-hidden="true">✓ </span>
            {removal.status}
          </>
        ) : null}
      </p>
    </div>
  );
}
