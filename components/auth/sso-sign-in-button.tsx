"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Sends the browser to the organisation's provider; next-auth brings it back to `callbackUrl` once signed in.
 * A form posting to next-auth, so it works without JavaScript too; with it, next-auth's client does the same.
 */
export function SsoSignInButton({
  providerName,
  callbackUrl,
  csrfToken,
  variant,
}: {
  providerName: string;
  callbackUrl: string;
  csrfToken: string | null;
  variant: "primary" | "secondary";
}) {
  const [pending, setPending] = useState(false);
  return (
    <form
      method="post"
      action="/api/auth/signin/oidc"
      onSubmit={(event) => {
        event.preventDefault();
        setPending(true);
        void signIn("oidc", { callbackUrl });
      }}
    >
      {csrfToken ? <input type="hidden" name="csrfToken" value={csrfToken} /> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? "Skickar dig vidare …" : `Fortsätt till ${providerName}`}
      </Button>
    </form>
  );
}
