import type { ReactNode } from "react";

/** One answer; an empty one says so instead of leaving a gap. Text keeps the reporter's line breaks. */
export function DetailRow({ label, value }: { label: string; value: ReactNode }) {
  const isEmpty =
    value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
  return (
    <>
      <dt className="font-semibold text-slate-800">{label}</dt>
      <dd className="whitespace-pre-wrap break-words">
        {isEmpty ? <span className="text-slate-700">Ej angivet</span> : value}
      </dd>
    </>
  );
}
