import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { homeFor } from "@/lib/auth/roles";
import { safeTarget } from "@/lib/auth/safe-target";
import { getStaffUser } from "@/lib/auth/staff-session";

export const metadata: Metadata = { title: "Logga in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ till?: string; utloggad?: string }>;
}) {
  const params = await searchParams;
  const user = await getStaffUser();
  if (user) redirect(safeTarget(params.till) ?? homeFor(user.role));
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
      <SignInForm callbackUrl={safeTarget(params.till) ?? "/logga-in"} />
    </>
  );
}
