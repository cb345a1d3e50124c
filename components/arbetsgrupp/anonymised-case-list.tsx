import Link from "next/link";
import type { AnonymisedCaseListItem } from "@/lib/anonymised-cases/list-anonymised-cases";
import { STATUS_LABELS } from "@/lib/cases/status-transitions";

/** The anonymised brister, one line each: reference, month, categories and areas. */
export function AnonymisedCaseList({ items, heading }: { items: AnonymisedCaseListItem[]; heading: string }) {
  return (
    <section aria-labelledby="lista-rubrik">
      <h2 id="lista-rubrik" className="mb-3 text-2xl font-bold">
        {heading}
      </h2>
      {items.length === 0 ? (
        <p>Inga avidentifierade brister att visa.</p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={item.id} className="rounded border border-slate-400 p-3">
              <Link href={`/arbetsgrupp/${item.id}`} className="font-semibold text-brand-900 underline">
                <span className="whitespace-nowrap">{item.reference}</span>
              </Link>
              <span className="text-slate-800">
                {" "}
                · {item.month ?? "Tidpunkt ej angiven"} · {STATUS_LABELS[item.status]}
              </span>
              <p className="text-sm">
                <span className="font-semibold">Kategorier:</span>{" "}
                {item.categories.length ? item.categories.join(", ") : "inga ännu"}
              </p>
              <p className="text-sm">
                <span className="font-semibold">Områden:</span> {item.areas.join(", ") || "inga"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
