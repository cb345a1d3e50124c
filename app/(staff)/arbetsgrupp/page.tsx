import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/staff-session";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Arbetsgruppen" };

/** The arbetsgrupp sees only how many anonymised brister each year holds; no case content reaches this page. */
export default async function WorkingGroupPage() {
  await requirePagePermission("anonymised:read", { from: "/arbetsgrupp" });
  const db = await getDb();
  const perYear = await db.report.groupBy({
    by: ["year"],
    where: { anonymisedAt: { not: null }, status: { in: ["AVIDENTIFIERAD", "AVSLUTAD"] } },
    _count: { _all: true },
    orderBy: { year: "desc" },
  });
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">Arbetsgruppen</h1>
      <p className="mb-6 max-w-2xl">
        Arbetsgruppen går en gång om året igenom avidentifierade brister. Här visas bara material som
        samordnarna har avidentifierat.
      </p>
      <table className="border-collapse">
        <caption className="mb-2 text-left font-semibold">Avidentifierade brister per år</caption>
        <thead>
          <tr>
            <th scope="col" className="border border-slate-400 px-3 py-1 text-left">
              År
            </th>
            <th scope="col" className="border border-slate-400 px-3 py-1 text-left">
              Antal
            </th>
          </tr>
        </thead>
        <tbody>
          {perYear.length === 0 ? (
            <tr>
              <td colSpan={2} className="border border-slate-400 px-3 py-1">
                Inga avidentifierade brister ännu.
              </td>
            </tr>
          ) : (
            perYear.map((row) => (
              <tr key={row.year}>
                <td className="border border-slate-400 px-3 py-1">{row.year}</td>
                <td className="border border-slate-400 px-3 py-1">{row._count._all}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </>
  );
}
