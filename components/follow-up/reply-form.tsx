"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { replyToCoordinatorsAction } from "@/app/(public)/uppfoljning/actions";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/text-area";
import { usePersistedText } from "@/components/ui/use-persisted-text";
import { IdentifierWarning } from "@/components/wizard/identifier-warning";
import { ZReporterReply } from "@/lib/cases/schemas";

type TReply = { body: string };

/** "Svara samordnarna": the text survives a reload until it is sent; the thread above shows it once sent. */
export function ReplyForm({ reference }: { reference: string }) {
  const text = usePersistedText(`svar:${reference}`);
  const form = useForm<TReply>({ resolver: zodResolver(ZReporterReply), defaultValues: { body: "" } });
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [isPending, startTransition] = useTransition();
  const { setValue, formState } = form;
  const isSubmitted = formState.isSubmitted;
  useEffect(() => {
    setValue("body", text.value, { shouldValidate: isSubmitted && text.value !== "" });
  }, [setValue, text.value, isSubmitted]);
  const error = formState.errors.body?.message;
  return (
    <section aria-labelledby="svara-rubrik" className="mt-8">
      <h2 id="svara-rubrik" className="mb-3 text-xl font-semibold">
        Svara samordnarna
      </h2>
      <form
        noValidate
        className="max-w-2xl"
        onSubmit={form.handleSubmit(
          (values) =>
            startTransition(async () => {
              setMessage(null);
              setStatus("");
              const result = await replyToCoordinatorsAction(values).catch(() => null);
              if (!result)
                return setMessage(
                  "Det gick inte att skicka. Kontrollera din uppkoppling; ditt svar finns kvar.",
                );
              if (!result.ok) {
                if (result.fieldErrors?.body) form.setError("body", { message: result.fieldErrors.body });
                return setMessage(result.fieldErrors ? null : result.message);
              }
              text.clear();
              form.reset({ body: "" });
              setStatus("Ditt svar är skickat till samordnarna. Det syns nu bland meddelandena ovan.");
            }),
          () => document.getElementById("svar")?.focus(),
        )}
      >
        {message ? (
          <p role="alert" className="mb-4 rounded border-2 border-red-700 p-3 font-medium text-red-800">
            {message}
          </p>
        ) : null}
        <TextArea
          id="svar"
          name="body"
          label="Ditt svar"
          hint="Skriv inte namn, personnummer eller annat som kan identifiera den enskilde."
          required
          rows={5}
          value={text.value}
          onChange={(event) => text.setValue(event.target.value)}
          error={error}
          after={<IdentifierWarning text={text.value} />}
        />
        <Button type="submit" disabled={isPending}>
          {isPending ? "Skickar …" : "Skicka svar"}
        </Button>
        <p role="status" className="mt-3 min-h-6 font-medium text-green-800">
          {status}
        </p>
      </form>
    </section>
  );
}
