import type { Metadata } from "next";
import Link from "next/link";
import { ChoosePasswordForm } from "@/components/auth/choose-password-form";
import { getDb } from "@/lib/db";
import { PASSWORD_LINK_GONE } from "@/lib/users/choose-password";
import { findPasswordLinkUser } from "@/lib/users/password-link";
import { choosePasswordAction } from "../actions";

export const metadata: Metadata = { title: "Välj lösenord", referrer: "no-referrer" };

/** Opening the link changes nothing: only saving the form uses it up. */
export default async function ChoosePasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await findPasswordLinkUser(await getDb(), token);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Välj lösenord</h1>
      {user ? (
        <>
          <p className="mb-6">
            Välj lösenordet du ska logga in med som {user.email}. Du loggas ut på andra enheter när du sparar.
          </p>
          <ChoosePasswordForm token={token} action={choosePasswordAction} />
        </>
      ) : (
        <>
          <p role="alert" className="mb-4 rounded border-2 border-red-800 bg-red-50 p-3 font-medium">
            {PASSWORD_LINK_GONE}
          </p>
          <p>
            <Link href="/logga-in" className="text-brand-900 underline">
              Till inloggningen
            </Link>
          </p>
        </>
      )}
    </>
  );
}
