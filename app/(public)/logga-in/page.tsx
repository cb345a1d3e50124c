import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SsoSignInButton } from "@/components/auth/sso-sign-in-button";
import { env } from "@/lib/env";
import { csrfCookieName, csrfTokenFrom } from "@/lib/auth/csrf-cookie";
import { SECOND_FACTOR_NEEDED } from "@/lib/auth/schemas";
import { signInPageMessage } from "@/lib/auth/sign-in-messages";
import { homeFor } from "@/lib/auth/roles";
import { safeTarget } from "@/lib/auth/safe-target";
import { getStaffUser } from "@/lib/auth/staff-session";

export const metadata: Metadata = { title: "Logga in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ till?: string; utloggad?: string; error?: string; csrf?: string }>;
}) {
  const params = await searchParams;
  const user = await getStaffUser();
  if (user) redirect(safeTarget(params.till) ?? homeFor(user.role));
  const callbackUrl = safeTarget(params.till) ?? "/logga-in";
  const refusal = signInPageMessage(params);
  // Set by proxy.ts: the forms post to next-auth with it when no script runs.
  const csrfToken = csrfTokenFrom(
    (await cookies()).get(csrfCookieName(env.APP_URL.startsWith("https://")))?.value,
    env.NEXTAUTH_SECRET,
  );
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Logga in</h1>
      {params.utloggad ? (
        <p role="status" className="mb-4 rounded border-2 border-brand-700 bg-brand-50 p-3">
          {params.utloggad === "inaktiv"
            ? "Du loggades ut efter en tids inaktivitet. Logga in igen för att fortsätta."
            : "Du är utloggad."}
        </p>
      ) : null}
      <p className="mb-6">
        För samordnare, arbetsgrupp och administratörer. Rapportörer behöver inget konto.
      </p>
      {refusal ? (
        <div role="alert" className="mb-6 rounded border-2 border-red-700 p-3 text-red-800">
          <h2 className="mb-1 font-semibold">Du kunde inte loggas in</h2>
          <p>{refusal}</p>
        </div>
      ) : null}
      {env.OIDC_ENABLED ? (
        <section aria-labelledby="sso-heading" className="mb-8">
          <h2 id="sso-heading" className="mb-2 text-2xl font-semibold">
            Med {env.OIDC_NAME}
          </h2>
          <p className="mb-4">Du loggar in hos {env.OIDC_NAME} och kommer sedan tillbaka hit.</p>
          <SsoSignInButton
            providerName={env.OIDC_NAME}
            callbackUrl={callbackUrl}
            csrfToken={csrfToken}
            variant={env.PASSWORD_SIGN_IN ? "secondary" : "primary"}
          />
        </section>
      ) : null}
      {env.PASSWORD_SIGN_IN ? (
        // A plain block, not a labelled region: its name would match the "Lösenord" field's label too.
        <div>
          {env.OIDC_ENABLED ? <h2 className="mb-2 text-2xl font-semibold">Med e-post och lösenord</h2> : null}
          <SignInForm
            callbackUrl={callbackUrl}
            csrfToken={csrfToken}
            askCode={params.error === SECOND_FACTOR_NEEDED}
          />
        </div>
      ) : null}
    </>
  );
}
