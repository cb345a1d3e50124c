"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Sends the browser to the organisation's provider; next-auth brings it back to `callbackUrl` once signed in. */
export function SsoSignInButton({
  providerName,
  callbackUrl,
  variant,
}: {
  providerName: string;
  callbackUrl: string;
  variant: "primary" | "secondary";
}) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      variant={variant}
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn("oidc", { callbackUrl });
      }}
    >
      {pending ? "Skickar dig vidare …" : `Fortsätt till ${providerName}`}
    </Button>
  );
}
