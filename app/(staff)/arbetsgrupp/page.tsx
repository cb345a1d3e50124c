import type { Metadata } from "next";
import { AnonymisedCaseList } from "@/components/arbetsgrupp/anonymised-case-list";
import { YearCounts } from "@/components/arbetsgrupp/year-counts";
import { countAnonymisedByYear } from "@/lib/anonymised-cases/count-anonymised-by-year";
import { listAnonymisedCases } from "@/lib/anonymised-cases/list-anonymised-cases";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Arbetsgruppen" };

function yearOf(value: string | string[] | undefined): number | undefined {
  const year = typeof value === "string" && /^\d{4}$/.test(value) ? Number(value) : undefined;
  return year && year >= 2000 && year <= 2100 ? year : undefined;
}

/** The arbetsgrupp's view: only approved anonymised records, read through lib/anonymised-cases. */
export default async function WorkingGroupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("anonymised:read", { from: "/arbetsgrupp" });
  const year = yearOf((await searchParams).ar);
  const db = await getDb();
  const [perYear, items] = await Promise.all([
    countAnonymisedByYear(db, user),
    listAnonymisedCases(db, user, { year }),
  ]);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Arbetsgruppen</h1>
      <p className="mb-6 max-w-2xl">
        Arbetsgruppen går en gång om året igenom avidentifierade brister. Här visas bara den version som
        samordnarna har avidentifierat och en andra samordnare har godkänt, aldrig rapportörens egen text.
      </p>
      <YearCounts rows={perYear} year={year} />
      <AnonymisedCaseList
        items={items}
        heading={year ? `Avidentifierade brister ${year}` : "Alla avidentifierade brister"}
      />
    </>
  );
}
