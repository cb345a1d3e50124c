"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { addPartnerCommentAction } from "@/app/(public)/samverkanspart/actions";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { IdentifierWarning } from "@/components/wizard/identifier-warning";
import { ZPartnerComment, type TPartnerComment } from "@/lib/reports/schemas";

export function PartnerCommentForm() {
  const form = useForm<TPartnerComment>({
    resolver: zodResolver(ZPartnerComment),
    defaultValues: { organisation: "", role: "", comment: "" },
  });
  const [isDone, setIsDone] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const e = form.formState.errors;
  if (isDone) {
    return (
      <p role="status" className="rounded border-2 border-green-800 bg-green-50 p-4 font-semibold">
        Tack! Din kommentar är skickad till rapportören. Länken gäller inte längre.
      </p>
    );
  }
  return (
    <form
      noValidate
      className="mt-8 max-w-2xl"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          const result = await addPartnerCommentAction(values).catch(() => null);
          if (!result) return setMessage("Det gick inte att skicka. Försök igen.");
          if (!result.ok) {
            for (const [name, text] of Object.entries(result.fieldErrors ?? {})) {
              form.setError(name as keyof TPartnerComment, { message: text });
            }
            return setMessage(result.fieldErrors ? null : result.message);
          }
          setIsDone(true);
        }),
      )}
    >
      <h2 className="mb-4 text-xl font-semibold">Din kommentar</h2>
      <div aria-live="assertive">
        {message ? <p className="mb-4 font-medium text-red-800">{message}</p> : null}
      </div>
      <TextField
        id="organisation"
        label="Din organisation"
        required
        error={e.organisation?.message}
        {...form.register("organisation")}
      />
      <TextField id="role" label="Din roll" required error={e.role?.message} {...form.register("role")} />
      <TextArea
        id="comment"
        label="Kommentar inför dialogen"
        required
        rows={5}
        error={e.comment?.message}
        after={<IdentifierWarning text={form.watch("comment")} />}
        {...form.register("comment")}
      />
      <Button type="submit" disabled={isPending}>
        Skicka kommentar
      </Button>
    </form>
  );
}
