"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { openFollowUpAction } from "@/app/(public)/uppfoljning/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function FollowUpForm() {
  const router = useRouter();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [isPending, startTransition] = useTransition();
  return (
    <form
      noValidate
      className="max-w-xl"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          setError(undefined);
          const result = await openFollowUpAction({ code }).catch(() => null);
          if (!result) return setError("Det gick inte att nå tjänsten. Försök igen.");
          if (!result.ok) return setError(result.message);
          router.push("/uppfoljning/arende");
        });
      }}
    >
      <TextField
        id="code"
        name="code"
        label="Uppföljningskod"
        required
        autoComplete="off"
        spellCheck={false}
        error={error}
        value={code}
        onChange={(event) => setCode(event.target.value)}
      />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Söker …" : "Visa status"}
      </Button>
    </form>
  );
}
