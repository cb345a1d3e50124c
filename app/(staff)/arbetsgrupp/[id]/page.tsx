import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnonymisedCaseDetails } from "@/components/arbetsgrupp/anonymised-case-details";
import { getAnonymisedCase } from "@/lib/anonymised-cases/get-anonymised-case";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Avidentifierad brist" };

/** One approved anonymised brist; every read is audited. */
export default async function AnonymisedCasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("anonymised:read", { from: `/arbetsgrupp/${id}` });
  const brist = await getAnonymisedCase(await getDb(), user, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <p className="mb-4">
        <Link href={`/arbetsgrupp?ar=${brist.year}`} className="text-brand-900 underline">
          Tillbaka till arbetsgruppens lista
        </Link>
      </p>
      <h1 className="mb-6 text-3xl font-bold">
        Avidentifierad brist <span className="whitespace-nowrap">{brist.reference}</span>
      </h1>
      <AnonymisedCaseDetails brist={brist} />
    </>
  );
}
