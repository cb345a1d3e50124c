import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Ingen behörighet" };

export default function ForbiddenPage() {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Du har inte behörighet till sidan</h1>
      <p>
        Din roll ger inte tillgång till det du försökte öppna. Försöket har loggats.{" "}
        <Link href="/logga-in" className="text-brand-900 underline">
          Till din startsida
        </Link>
      </p>
    </>
  );
}
