"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { resumeDraftAction } from "@/app/(public)/rapportera/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** Takes the code typed by hand, or from the link's "#kod=…" fragment, which never reaches the server's logs. */
export function ResumeForm() {
  const router = useRouter();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [isPending, startTransition] = useTransition();

  const resume = (value: string) =>
    startTransition(async () => {
      setError(undefined);
      const result = await resumeDraftAction(value).catch(() => null);
      if (!result) return setError("Det gick inte att nå tjänsten. Försök igen.");
      if (!result.ok) return setError(result.fieldErrors?.code ?? result.message);
      router.push(result.next);
    });

  useEffect(() => {
    const match = /kod=([A-Za-z0-9-]+)/.exec(window.location.hash);
    if (match?.[1]) {
      history.replaceState(null, "", window.location.pathname);
      // Filling the field from the link is the whole point of the fragment; runs once on load.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setCode(match[1]);
      resume(match[1]);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <form
      noValidate
      className="max-w-xl"
      onSubmit={(event) => {
        event.preventDefault();
        if (!code.trim()) return setError("Fyll i din kod.");
        resume(code);
      }}
    >
      <div aria-live="assertive">
        {error ? (
          <p role="alert" className="mb-4 rounded border-2 border-red-700 p-3 font-medium text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <TextField
        id="code"
        name="code"
        label="Din kod"
        required
        autoComplete="off"
        spellCheck={false}
        hint="Koden har 26 tecken, till exempel ABCDE-FGHJK-MNPQR-STVWX-YZ012-3."
        error={error}
        value={code}
        onChange={(event) => setCode(event.target.value)}
      />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Öppnar …" : "Fortsätt"}
      </Button>
    </form>
  );
}
