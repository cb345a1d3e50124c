"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export const ZSignIn = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: "Fyll i din e-postadress." })
    .pipe(z.email({ error: "Skriv e-postadressen som namn@exempel.se." })),
  password: z.string().min(1, { error: "Fyll i ditt lösenord." }),
});
type TSignIn = z.infer<typeof ZSignIn>;

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const form = useForm<TSignIn>({
    resolver: zodResolver(ZSignIn),
    defaultValues: { email: "", password: "" },
  });
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const e = form.formState.errors;
  return (
    <form
      noValidate
      className="max-w-md"
      onSubmit={form.handleSubmit((values) =>
        startTransition(async () => {
          setMessage(null);
          const result = await signIn("credentials", { ...values, redirect: false });
          if (!result || result.error) {
            setMessage("Fel e-postadress eller lösenord, eller för många försök. Försök igen.");
            return;
          }
          window.location.assign(callbackUrl);
        }),
      )}
    >
      <div aria-live="assertive">
        {message ? (
          <p role="alert" className="mb-4 rounded border-2 border-red-700 p-3 font-medium text-red-800">
            {message}
          </p>
        ) : null}
      </div>
      <TextField
        id="email"
        label="E-postadress"
        type="email"
        autoComplete="username"
        required
        error={e.email?.message}
        {...form.register("email")}
      />
      <TextField
        id="password"
        label="Lösenord"
        type="password"
        autoComplete="current-password"
        required
        error={e.password?.message}
        {...form.register("password")}
      />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Loggar in …" : "Logga in"}
      </Button>
    </form>
  );
}
